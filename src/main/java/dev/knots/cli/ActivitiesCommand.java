package dev.knots.cli;

import dev.knots.routine.ActivityMap;
import dev.knots.routine.ActivityText;
import java.io.PrintWriter;
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
      out.println(ActivityText.json(map, System.lineSeparator()));
    } else {
      ActivityText.lines(map, ActivityLookup.userFile(context)).forEach(out::println);
    }
    return map.problems().isEmpty() ? ExitCode.OK : ExitCode.INVALID_DATA;
  }
}
