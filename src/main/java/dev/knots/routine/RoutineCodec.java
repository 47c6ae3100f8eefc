package dev.knots.routine;

import dev.knots.body.Area;
import dev.knots.platform.CompiledFile;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled routines as compact binary (routines.bin): the build writes it from the routines
 * folder, a run reads it without a YAML parser.
 */
final class RoutineCodec {
  /** "KNTR". */
  static final int MAGIC = 0x4b4e5452;

  /** Raised on any change of the layout below or of the records it writes. */
  static final int VERSION = 2;

  static final CompiledFile FILE = new CompiledFile(MAGIC, VERSION, "routine bundle");
  private static final Area[] AREAS = Area.values();
  private static final Kind[] KINDS = Kind.values();
  private static final Sides[] SIDES = Sides.values();
  private static final Pressure[] PRESSURES = Pressure.values();
  private static final Position[] POSITIONS = Position.values();
  private static final RestsOn[] RESTS = RestsOn.values();

  /** A bundled routine and the file it was compiled from. */
  record Entry(String fileName, Routine routine) {}

  private RoutineCodec() {}

  static void write(List<Entry> entries, DataOutput out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream body = new DataOutputStream(bytes);
    body.writeInt(entries.size());
    for (Entry entry : entries) {
      Routine routine = entry.routine();
      body.writeUTF(entry.fileName());
      body.writeUTF(routine.id());
      body.writeUTF(routine.name());
      body.writeUTF(routine.area().name());
      body.writeUTF(routine.summary());
      CompiledFile.writeStrings(routine.equipment(), body);
      CompiledFile.writeStrings(routine.cautions(), body);
      CompiledFile.writeStrings(routine.sources(), body);
      body.writeInt(routine.steps().size());
      for (Step step : routine.steps()) {
        body.writeUTF(step.name());
        body.writeUTF(step.kind().name());
        body.writeUTF(step.target());
        body.writeUTF(step.sides().name());
        body.writeLong(step.duration().getSeconds());
        body.writeInt(step.duration().getNano());
        body.writeInt(step.passes());
        body.writeUTF(step.pressure() == null ? "" : step.pressure().name());
        body.writeUTF(step.cue());
        body.writeUTF(step.position() == null ? "" : step.position().name());
        body.writeInt(step.over().size());
        for (RestsOn rest : step.over()) {
          body.writeUTF(rest.name());
        }
        body.writeUTF(step.figure());
        body.writeLong(step.leadIn() == null ? -1 : step.leadIn().toMillis());
      }
    }
    FILE.write(bytes.toByteArray(), out);
  }

  /** Reads what {@link #write} wrote; anything else is an {@link IOException} that says why. */
  static List<Entry> read(DataInput in) throws IOException {
    DataInputStream body = FILE.body(in);
    List<Entry> entries = new ArrayList<>();
    for (int i = FILE.count(body); i > 0; i--) {
      String fileName = body.readUTF();
      String id = body.readUTF();
      String name = body.readUTF();
      Area area = FILE.constant(AREAS, body.readUTF());
      String summary = body.readUTF();
      List<String> equipment = FILE.readStrings(body);
      List<String> cautions = FILE.readStrings(body);
      List<String> sources = FILE.readStrings(body);
      List<Step> steps = new ArrayList<>();
      for (int s = FILE.count(body); s > 0; s--) {
        steps.add(step(body));
      }
      entries.add(
          new Entry(
              fileName, new Routine(id, name, area, summary, equipment, cautions, sources, steps)));
    }
    FILE.end(body);
    return entries;
  }

  private static Step step(DataInputStream body) throws IOException {
    String name = body.readUTF();
    Kind kind = FILE.constant(KINDS, body.readUTF());
    String target = body.readUTF();
    Sides sides = FILE.constant(SIDES, body.readUTF());
    Duration duration = Duration.ofSeconds(body.readLong(), body.readInt());
    int passes = body.readInt();
    String pressure = body.readUTF();
    String cue = body.readUTF();
    String position = body.readUTF();
    Set<RestsOn> over = EnumSet.noneOf(RestsOn.class);
    for (int i = FILE.count(body); i > 0; i--) {
      over.add(FILE.constant(RESTS, body.readUTF()));
    }
    String figure = body.readUTF();
    long leadIn = body.readLong();
    return new Step(
        name,
        kind,
        target,
        sides,
        duration,
        passes,
        pressure.isEmpty() ? null : FILE.constant(PRESSURES, pressure),
        cue,
        position.isEmpty() ? null : FILE.constant(POSITIONS, position),
        over,
        figure,
        leadIn < 0 ? null : Duration.ofMillis(leadIn));
  }
}
