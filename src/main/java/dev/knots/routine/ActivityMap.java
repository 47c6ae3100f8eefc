package dev.knots.routine;

import dev.knots.body.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The activities knots knows (bundled, then the user's, which replace bundled ones of the same
 * name) and the problems found reading them: an entry with a problem is left out, the rest stay.
 */
public record ActivityMap(Map<String, Activity> activities, List<Problem> problems) {
  public ActivityMap {
    activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    problems = List.copyOf(problems);
  }

  /** The activity by name, any case, spaces or underscores for dashes. */
  public Optional<Activity> find(String typed) {
    return Optional.ofNullable(activities.get(normal(typed)));
  }

  /** The names, in file order (bundled first). */
  public List<String> names() {
    return new ArrayList<>(activities.keySet());
  }

  /** The closest known name, for "did you mean". */
  public Optional<String> closest(String typed) {
    return Suggestions.closest(normal(typed), activities.keySet());
  }

  /** Why {@code typed} names no activity: "did you mean", the list, and how to add one. */
  public String whyUnknown(String typed) {
    return "unknown activity '"
        + typed.strip()
        + "' - "
        + closest(typed).map(s -> "did you mean '" + s + "'? ").orElse("")
        + "use one of: "
        + String.join(", ", names())
        + " (or add it: 'knots activities' says how)";
  }

  /** This map with another's activities added, replacing those of the same name. */
  public ActivityMap with(ActivityMap user) {
    Map<String, Activity> all = new LinkedHashMap<>(activities);
    all.putAll(user.activities());
    List<Problem> all2 = new ArrayList<>(problems);
    all2.addAll(user.problems());
    return new ActivityMap(all, all2);
  }

  static String normal(String typed) {
    return typed.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
  }
}
