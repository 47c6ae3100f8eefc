package dev.knots.routine;

import dev.knots.platform.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The activity map for people ({@code activities}) and as JSON. */
public final class ActivityText {
  private ActivityText() {}

  /**
   * Each activity with its weights, then how to start with one and how to add one in {@code
   * userFile}.
   */
  public static List<String> lines(ActivityMap map, Path userFile) {
    List<String> out = new ArrayList<>();
    for (Activity activity : map.activities().values()) {
      out.add(String.format("  %-16s %s%s", activity.name(), weights(activity), mark(activity)));
    }
    out.add("");
    out.add("Weights: 3 = works hardest; the session's minutes are split by them.");
    out.add("Start with: knots session --after running   (or several: --after squats,deadlifts)");
    out.add("Add or change one in " + userFile + " (an entry there replaces the one here):");
    out.add("  rock-climbing:");
    out.add("    forearms: 3");
    out.add("    upper-back: 2");
    return out;
  }

  private static String weights(Activity activity) {
    List<String> parts = new ArrayList<>();
    activity.weights().forEach((area, weight) -> parts.add(area.id() + " " + weight));
    return String.join(", ", parts);
  }

  private static String mark(Activity activity) {
    return "bundled".equals(activity.source()) ? "" : "   (yours)";
  }

  /** Each activity's area weights and source, lines broken with {@code newline}. */
  public static String json(ActivityMap map, String newline) {
    Map<String, Object> activities = new LinkedHashMap<>();
    for (Activity activity : map.activities().values()) {
      Map<String, Object> areas = new LinkedHashMap<>();
      activity.weights().forEach((area, weight) -> areas.put(area.id(), weight));
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("areas", areas);
      node.put("source", activity.source());
      activities.put(activity.name(), node);
    }
    return Json.pretty(Map.of("activities", activities), newline);
  }
}
