package dev.knots.cli;

import dev.knots.routine.Activity;
import dev.knots.routine.ActivityLoader;
import dev.knots.routine.ActivityMap;
import dev.knots.routine.Problem;
import dev.knots.routine.RoutineException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The activity map in force (bundled, then the user's file) for commands. */
final class ActivityLookup {
  private ActivityLookup() {}

  /** The user's activities.yaml, beside config.yaml. */
  static Path userFile(AppContext context) {
    return context.paths().config().resolve(ActivityLoader.FILE);
  }

  /**
   * The map in force; each problem of an entry (left out) is one line on stderr. A user file that
   * is not YAML fails with file:line:column (exit 65).
   */
  static ActivityMap load(AppContext context) {
    ActivityMap map = ActivityLoader.bundled();
    try {
      Optional<ActivityMap> user = ActivityLoader.user(userFile(context));
      if (user.isPresent()) {
        map = map.with(user.get());
      }
    } catch (RoutineException e) {
      throw RoutineLookup.failure(e);
    }
    PrintWriter err = context.console().err();
    for (Problem problem : map.problems()) {
      err.println("knots: " + problem);
    }
    err.flush();
    return map;
  }

  /** The activities named in {@code --after}, each once, or a usage error with did-you-mean. */
  static List<Activity> named(ActivityMap map, String option) {
    List<Activity> found = new ArrayList<>();
    for (String name : option.split(",", -1)) {
      if (name.isBlank()) {
        throw KnotsException.usage(
            "an empty activity name in --after '"
                + option
                + "' - give activities separated by commas, such as running,squats");
      }
      Activity activity =
          map.find(name).orElseThrow(() -> KnotsException.usage(map.whyUnknown(name)));
      if (!found.contains(activity)) {
        found.add(activity);
      }
    }
    return found;
  }
}
