package dev.knots.routine;

import java.nio.file.Path;
import java.util.List;

/**
 * A routine file in the search path that could not be loaded.
 *
 * @param file the file on disk (or {@code bundled/NAME.yaml} for a broken bundled file)
 */
public record InvalidRoutineFile(Path file, LocatedRoutine.Origin origin, List<Problem> problems) {
  public InvalidRoutineFile {
    problems = List.copyOf(problems);
  }

  /** The routine NAME the file would have. */
  public String name() {
    return RoutineNames.idOf(file);
  }

  /** Why the routines in force leave this file out, and where to look. */
  public String skipped() {
    return "skipped "
        + file
        + " ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "; see 'knots routines validate')";
  }
}
