package dev.knots.triage;

import dev.knots.body.Area;
import dev.knots.platform.CompiledFile;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue as compact binary: the build writes it from catalogue.yaml, the CLI reads it
 * without a YAML parser or reflection.
 */
final class CatalogueCodec {
  /** "KNTC"; a checksum guards the body, since a wrong safety text must never pass as right. */
  static final int MAGIC = 0x4b4e5443;

  /** Raised on any change of the layout below or of the records it writes. */
  static final int VERSION = 3;

  static final CompiledFile FILE = new CompiledFile(MAGIC, VERSION, "triage catalogue");

  private static final Level[] LEVELS = Level.values();
  private static final Effect[] EFFECTS = Effect.values();
  private static final Area[] AREAS = Area.values();

  private CatalogueCodec() {}

  static void write(Catalogue catalogue, DataOutput out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream body = new DataOutputStream(bytes);
    body.writeInt(catalogue.flags().size());
    for (Flag flag : catalogue.flags()) {
      body.writeUTF(flag.id());
      body.writeUTF(flag.level().name());
      writeSet(flag.areas(), AREAS, body);
      body.writeBoolean(flag.asked());
      body.writeUTF(flag.summary());
      CompiledFile.writeStrings(flag.question(), body);
      body.writeUTF(flag.reason());
      CompiledFile.writeStrings(flag.sources(), body);
      writeOptional(flag.cue(), body);
    }
    body.writeInt(catalogue.precautions().size());
    for (Precaution precaution : catalogue.precautions()) {
      body.writeUTF(precaution.id());
      writeSet(precaution.areas(), AREAS, body);
      body.writeUTF(precaution.summary());
      CompiledFile.writeStrings(precaution.question(), body);
      writeSet(precaution.effects(), EFFECTS, body);
      body.writeUTF(precaution.advice());
      writeOptional(precaution.cue(), body);
      writeOptional(precaution.comeBack(), body);
      CompiledFile.writeStrings(precaution.sources(), body);
      writeOptional(precaution.after(), body);
    }
    body.writeInt(catalogue.anchors().size());
    for (PainAnchor anchor : catalogue.anchors()) {
      body.writeInt(anchor.from());
      body.writeInt(anchor.to());
      body.writeUTF(anchor.label());
      body.writeUTF(anchor.text());
    }
    body.writeInt(catalogue.severeFrom());
    // in declaration order, not the map's, so the same catalogue always gives the same bytes
    body.writeInt(catalogue.levels().size());
    for (Level level : LEVELS) {
      LevelAdvice advice = catalogue.advice(level);
      body.writeUTF(level.name());
      body.writeUTF(advice.title());
      body.writeUTF(advice.whatToDo());
      body.writeUTF(advice.howSoon());
    }
    Texts texts = catalogue.texts();
    for (String text :
        List.of(
            texts.groupQuestion(),
            texts.painQuestion(),
            texts.checkedSince(),
            texts.notCheckedReason(),
            texts.acknowledge(),
            texts.unspecifiedReason(),
            texts.painAfter(),
            texts.warningSigns(),
            texts.afterAdvice(),
            texts.dizzinessAdvice(),
            texts.stillThere(),
            texts.notCheckedSince())) {
      body.writeUTF(text);
    }
    body.writeInt(catalogue.stepEffects().size());
    for (StepEffects row : catalogue.stepEffects()) {
      body.writeUTF(row.precautionId());
      body.writeInt(row.skips().size());
      for (StepEffects.SkipWhen skip : row.skips()) {
        CompiledFile.writeStrings(sorted(skip.kinds()), body);
        CompiledFile.writeStrings(sorted(skip.positions()), body);
        CompiledFile.writeStrings(sorted(skip.over()), body);
        writeSet(skip.areas(), AREAS, body);
      }
      writeSet(row.lightPressureOn(), AREAS, body);
      body.writeUTF(row.cue());
    }
    FILE.write(bytes.toByteArray(), out);
  }

  /** Reads what {@link #write} wrote; anything else is an {@link IOException} that says why. */
  static Catalogue read(DataInput in) throws IOException {
    DataInputStream body = FILE.body(in);
    List<Flag> flags = new ArrayList<>();
    for (int i = FILE.count(body); i > 0; i--) {
      flags.add(
          new Flag(
              body.readUTF(),
              FILE.constant(LEVELS, body.readUTF()),
              readSet(AREAS, body),
              body.readBoolean(),
              body.readUTF(),
              FILE.readStrings(body),
              body.readUTF(),
              FILE.readStrings(body),
              readOptional(body)));
    }
    List<Precaution> precautions = new ArrayList<>();
    for (int i = FILE.count(body); i > 0; i--) {
      precautions.add(
          new Precaution(
              body.readUTF(),
              readSet(AREAS, body),
              body.readUTF(),
              FILE.readStrings(body),
              readSet(EFFECTS, body),
              body.readUTF(),
              readOptional(body),
              readOptional(body),
              FILE.readStrings(body),
              readOptional(body)));
    }
    List<PainAnchor> anchors = new ArrayList<>();
    for (int i = FILE.count(body); i > 0; i--) {
      anchors.add(new PainAnchor(body.readInt(), body.readInt(), body.readUTF(), body.readUTF()));
    }
    int severeFrom = body.readInt();
    Map<Level, LevelAdvice> levels = new EnumMap<>(Level.class);
    for (int i = FILE.count(body); i > 0; i--) {
      levels.put(
          FILE.constant(LEVELS, body.readUTF()),
          new LevelAdvice(body.readUTF(), body.readUTF(), body.readUTF()));
    }
    Texts texts =
        new Texts(
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF(),
            body.readUTF());
    List<StepEffects> stepEffects = new ArrayList<>();
    for (int i = FILE.count(body); i > 0; i--) {
      String id = body.readUTF();
      List<StepEffects.SkipWhen> skips = new ArrayList<>();
      for (int s = FILE.count(body); s > 0; s--) {
        skips.add(
            new StepEffects.SkipWhen(
                Set.copyOf(FILE.readStrings(body)),
                Set.copyOf(FILE.readStrings(body)),
                Set.copyOf(FILE.readStrings(body)),
                readSet(AREAS, body)));
      }
      stepEffects.add(new StepEffects(id, skips, readSet(AREAS, body), body.readUTF()));
    }
    FILE.end(body);
    return new Catalogue(flags, precautions, anchors, severeFrom, levels, texts, stepEffects);
  }

  /** Sets in a fixed order, so the same catalogue always gives the same bytes. */
  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static void writeOptional(Optional<String> value, DataOutput out) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  private static Optional<String> readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  /** By name, in declaration order: a reordered enum cannot shift a flag to another area. */
  private static <E extends Enum<E>> void writeSet(Set<E> set, E[] all, DataOutput out)
      throws IOException {
    out.writeInt(set.size());
    for (E e : all) {
      if (set.contains(e)) {
        out.writeUTF(e.name());
      }
    }
  }

  private static <E extends Enum<E>> Set<E> readSet(E[] all, DataInput in) throws IOException {
    List<E> list = new ArrayList<>();
    for (int i = FILE.count(in); i > 0; i--) {
      list.add(FILE.constant(all, in.readUTF()));
    }
    return Set.copyOf(list);
  }
}
