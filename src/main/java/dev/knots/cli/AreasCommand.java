package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.body.AreaOverview;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineLibrary;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code areas}: the body areas, which have routines, and a body-map picture. */
@Command(
    name = "areas",
    mixinStandardHelpOptions = true,
    description = "The body areas that have routines, with a body-map picture.")
final class AreasCommand implements Callable<Integer> {
  private final AppContext context;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
  TextOrJson format = TextOrJson.text;

  AreasCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RoutineLibrary library = RoutineLookup.library(context);
    Map<Area, List<String>> routines = new EnumMap<>(Area.class);
    for (Area area : Area.values()) {
      routines.put(area, library.forArea(area).stream().map(LocatedRoutine::name).toList());
    }
    PrintWriter out = context.console().out();
    if (format == TextOrJson.json) {
      out.println(AreaOverview.json(routines, System.lineSeparator()));
    } else {
      AreaOverview.lines(routines).forEach(out::println);
    }
    return ExitCode.OK;
  }
}
