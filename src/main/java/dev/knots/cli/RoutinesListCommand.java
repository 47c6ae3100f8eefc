package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineJson;
import dev.knots.routine.RoutineLibrary;
import dev.knots.routine.RoutineText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code routines list}: the routines in force, their time and where each lives. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the routines in force (yours first, then the bundled ones).")
final class RoutinesListCommand implements Callable<Integer> {
  private final AppContext context;

  @Option(
      names = "--area",
      paramLabel = "AREA",
      converter = AreaConverter.class,
      completionCandidates = AreaConverter.class,
      description = "Only routines for this body area.")
  Area area;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
  TextOrJson format = TextOrJson.text;

  RoutinesListCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RoutineLibrary library = RoutineLookup.library(context);
    List<LocatedRoutine> routines = area == null ? library.inForce() : library.forArea(area);
    Set<String> shadowed =
        library.shadowed().stream().map(LocatedRoutine::name).collect(Collectors.toSet());
    PrintWriter out = context.console().out();
    if (format == TextOrJson.json) {
      out.println(RoutineJson.list(routines, shadowed, library.invalid(), System.lineSeparator()));
      return ExitCode.OK;
    }
    RoutineText.list(routines, shadowed, area).forEach(out::println);
    RoutineLookup.warnSkipped(context, library.invalid());
    return ExitCode.OK;
  }
}
