package dev.knots.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.knots.body.Area;
import dev.knots.routine.Durations;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineLibrary;
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
      ObjectNode root = RoutineJson.MAPPER.createObjectNode();
      ArrayNode list = root.putArray("routines");
      routines.forEach(r -> list.add(RoutineJson.summary(r, shadowed.contains(r.name()))));
      ArrayNode invalid = root.putArray("invalid");
      library.invalid().forEach(f -> invalid.add(RoutineJson.invalid(f)));
      out.println(RoutineJson.write(root));
      return ExitCode.OK;
    }
    if (routines.isEmpty()) {
      out.println("No routines" + (area == null ? "." : " for " + area.id() + "."));
    } else {
      printTable(out, routines, shadowed);
    }
    RoutineLookup.warnSkipped(context, library.invalid());
    return ExitCode.OK;
  }

  private void printTable(PrintWriter out, List<LocatedRoutine> routines, Set<String> shadowed) {
    int nameWidth = width(routines.stream().map(LocatedRoutine::name).toList(), "NAME");
    int areaWidth = width(routines.stream().map(r -> r.routine().area().id()).toList(), "AREA");
    int titleWidth = width(routines.stream().map(r -> r.routine().name()).toList(), "TITLE");
    String row = "%-" + nameWidth + "s  %-" + areaWidth + "s  %6s  %-" + titleWidth + "s  %s%n";
    out.printf(row, "NAME", "AREA", "TIME", "TITLE", "WHERE");
    for (LocatedRoutine r : routines) {
      String where =
          r.origin() == LocatedRoutine.Origin.BUNDLED
              ? "bundled"
              : r.location() + (shadowed.contains(r.name()) ? " (replaces the bundled one)" : "");
      out.printf(
          row,
          r.name(),
          r.routine().area().id(),
          Durations.format(r.routine().totalDuration()),
          r.routine().name(),
          where);
    }
  }

  private static int width(List<String> values, String header) {
    int widest = values.stream().mapToInt(String::length).max().orElse(0);
    // a very long title pads its column no wider than 40, so WHERE stays in view for the others
    return Math.min(40, Math.max(header.length(), widest));
  }
}
