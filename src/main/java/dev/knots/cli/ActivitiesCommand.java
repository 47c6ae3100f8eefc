package dev.knots.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.knots.routine.Activity;
import dev.knots.routine.ActivityMap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code activities}: the activity map for {@code session --after}, and how to add to it. */
@Command(
    name = "activities",
    mixinStandardHelpOptions = true,
    description = "The activities for 'session --after' and the areas they work.")
final class ActivitiesCommand implements Callable<Integer> {
  private final AppContext context;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
  TextOrJson format = TextOrJson.text;

  ActivitiesCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ActivityMap map = ActivityLookup.load(context);
    PrintWriter out = context.console().out();
    if (format == TextOrJson.json) {
      ObjectNode root = RoutineJson.MAPPER.createObjectNode();
      ObjectNode activities = root.putObject("activities");
      for (Activity activity : map.activities().values()) {
        ObjectNode node = activities.putObject(activity.name());
        ObjectNode areas = node.putObject("areas");
        activity.weights().forEach((area, weight) -> areas.put(area.id(), weight));
        node.put("source", activity.source());
      }
      out.println(RoutineJson.write(root));
      return map.problems().isEmpty() ? ExitCode.OK : ExitCode.INVALID_DATA;
    }
    for (Activity activity : map.activities().values()) {
      out.printf("  %-16s %s%s%n", activity.name(), weights(activity), mark(activity));
    }
    out.println();
    out.println("Weights: 3 = works hardest; the session's minutes are split by them.");
    out.println(
        "Start with: knots session --after running   (or several: --after squats,deadlifts)");
    out.println(
        "Add or change one in "
            + ActivityLookup.userFile(context)
            + " (an entry there replaces the one here):");
    out.println("  rock-climbing:");
    out.println("    forearms: 3");
    out.println("    upper-back: 2");
    return map.problems().isEmpty() ? ExitCode.OK : ExitCode.INVALID_DATA;
  }

  private static String weights(Activity activity) {
    List<String> parts = new ArrayList<>();
    activity.weights().forEach((area, weight) -> parts.add(area.id() + " " + weight));
    return String.join(", ", parts);
  }

  private static String mark(Activity activity) {
    return "bundled".equals(activity.source()) ? "" : "   (yours)";
  }
}
