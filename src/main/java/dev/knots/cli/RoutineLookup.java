package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.InvalidRoutineFile;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineException;
import dev.knots.routine.RoutineLibrary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds routines by NAME for commands, and turns routine failures into exit codes. */
final class RoutineLookup {
  private RoutineLookup() {}

  /** The library over this run's user routines folder. */
  static RoutineLibrary library(AppContext context) {
    return new RoutineLibrary(context.paths().routines());
  }

  /** The routine in force with this NAME, or a usage error with "did you mean" and the list. */
  static LocatedRoutine byName(RoutineLibrary library, String name) {
    failIfInvalid(library, name);
    return library.byName(name).orElseThrow(() -> KnotsException.usage(unknown(library, name)));
  }

  /** An area's first routine; a usage error when it has none, or when that one is invalid. */
  static LocatedRoutine firstFor(RoutineLibrary library, Area area) {
    LocatedRoutine chosen =
        library.forArea(area).stream()
            .findFirst()
            .orElseThrow(() -> KnotsException.usage("no routine for " + area.id() + " yet"));
    failIfInvalid(library, chosen.name());
    return chosen;
  }

  /**
   * Fails with a user file's problems (file:line:column, exit 65) when the file of this NAME is
   * invalid: the person edited it to be used, so neither the bundled routine it would replace nor
   * "no routine named" is the answer.
   */
  static void failIfInvalid(RoutineLibrary library, String name) {
    Optional<InvalidRoutineFile> broken = library.invalidUserFile(name);
    if (broken.isPresent()) {
      throw failure(new RoutineException(broken.get().problems()));
    }
  }

  /** Why {@code name} names no routine, with the fix. */
  static String unknown(RoutineLibrary library, String name) {
    return library.whyUnknown(name);
  }

  /** One line on stderr for each file left out because it is not a valid routine. */
  static void warnSkipped(AppContext context, List<InvalidRoutineFile> invalid) {
    PrintWriter err = context.console().err();
    for (InvalidRoutineFile f : invalid) {
      err.println("knots: " + f.skipped());
    }
    err.flush();
  }

  /** 66 for a missing or unreadable file, 65 for invalid content; every problem on its own line. */
  static KnotsException failure(RoutineException e) {
    String message = e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    return e.unreadable()
        ? KnotsException.noInput(message, e)
        : KnotsException.invalidData(message);
  }
}
