package dev.knots.routine;

import dev.knots.body.Area;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routines shipped inside knots: the YAML files as written (shown and copied as they are), and
 * routines.bin, which the build compiled from them ({@link RoutineCompiler}): their file names,
 * areas and routines, read without a YAML parser (a session's start parsed its area's file: 12-16
 * ms of the main thread).
 */
public final class BundledRoutines {
  private static final String FOLDER = "/dev/knots/routines/";
  static final String COMPILED = FOLDER + "routines.bin";

  private BundledRoutines() {}

  /** Holder idiom: read on first use, then shared. */
  private static final class Compiled {
    static final List<RoutineCodec.Entry> ENTRIES = readResource(COMPILED);
  }

  /** Every bundled routine, in file name order. */
  public static List<LocatedRoutine> all() {
    List<LocatedRoutine> all = new ArrayList<>();
    for (RoutineCodec.Entry entry : Compiled.ENTRIES) {
      all.add(LocatedRoutine.bundled(entry.routine(), entry.fileName()));
    }
    return all;
  }

  /** The bundled routines for this area, in file name order. */
  public static List<LocatedRoutine> forArea(Area area) {
    List<LocatedRoutine> found = new ArrayList<>();
    for (LocatedRoutine routine : all()) {
      if (routine.routine().area() == area) {
        found.add(routine);
      }
    }
    return found;
  }

  /** The bundled file names ({@code NAME.yaml}), in order. */
  public static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (RoutineCodec.Entry entry : Compiled.ENTRIES) {
      names.add(entry.fileName());
    }
    return names;
  }

  /** The bundled file for this NAME, exactly as shipped (comments included), if there is one. */
  public static Optional<byte[]> content(String name) {
    if (!RoutineNames.isValid(name)) {
      return Optional.empty();
    }
    try (InputStream in = BundledRoutines.class.getResourceAsStream(FOLDER + name + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled routine " + name + " can't be read", e);
    }
  }

  /** Reads a routines.bin resource; missing or broken, it is a bug of the build: fail loudly. */
  static List<RoutineCodec.Entry> readResource(String name) {
    return RoutineCodec.FILE.readResource(BundledRoutines.class, name, RoutineCodec::read);
  }
}
