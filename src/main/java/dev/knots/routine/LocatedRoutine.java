package dev.knots.routine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A routine and where it came from.
 *
 * @param file the file on disk for {@code USER} and {@code FILE}; for {@code BUNDLED} the relative
 *     pseudo path {@code bundled/NAME.yaml}, which never exists on disk: show {@link #location()}
 */
public record LocatedRoutine(Routine routine, Origin origin, Path file) {

  /** Where a routine lives. */
  public enum Origin {
    /** Shipped inside knots. */
    BUNDLED,
    /** In the user routines folder; replaces a bundled routine with the same name. */
    USER,
    /** A file named directly (for example {@code session --file}). */
    FILE
  }

  public LocatedRoutine {
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(file, "file");
  }

  /** A bundled routine, by its file name inside the jar. */
  public static LocatedRoutine bundled(Routine routine, String fileName) {
    return new LocatedRoutine(routine, Origin.BUNDLED, Path.of("bundled", fileName));
  }

  /** The routine's NAME (its file name without extension). */
  public String name() {
    return routine.id();
  }

  /** For people: the file path, or {@code bundled:NAME.yaml} for a bundled routine. */
  public String location() {
    return origin == Origin.BUNDLED ? "bundled:" + file.getFileName() : file.toString();
  }
}
