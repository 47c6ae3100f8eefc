package dev.knots.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.knots.body.Area;
import dev.knots.body.BodyMap;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineLibrary;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    PrintWriter out = context.console().out();
    if (format == TextOrJson.json) {
      ObjectNode root = RoutineJson.MAPPER.createObjectNode();
      ArrayNode areas = root.putArray("areas");
      for (Area area : Area.values()) {
        ObjectNode node = areas.addObject();
        node.put("id", area.id());
        area.aliases().forEach(node.putArray("aliases")::add);
        if (area.aliases().isEmpty()) {
          node.putArray("aliases");
        }
        node.put("group", area.group().name().toLowerCase(Locale.ROOT));
        ArrayNode names = node.putArray("routines");
        library.forArea(area).forEach(r -> names.add(r.name()));
      }
      out.println(RoutineJson.write(root));
      return ExitCode.OK;
    }
    Set<Area> withRoutines = EnumSet.noneOf(Area.class);
    library.inForce().forEach(r -> withRoutines.add(r.routine().area()));
    BodyMap.render(withRoutines).forEach(out::println);
    out.println();
    if (withRoutines.size() < Area.values().length) {
      out.println("Letters mark areas that have routines; ·· marks an area without one.");
      out.println();
    }
    for (Area area : Area.values()) {
      List<LocatedRoutine> routines = library.forArea(area);
      String aliases =
          area.aliases().isEmpty() ? "" : " (" + String.join(", ", area.aliases()) + ")";
      String count =
          routines.isEmpty()
              ? "no routines"
              : routines.size() + (routines.size() == 1 ? " routine" : " routines");
      out.printf(
          "  %s  %-28s %s%n",
          withRoutines.contains(area) ? BodyMap.code(area) : "··", area.id() + aliases, count);
    }
    out.println();
    out.println("Start with: knots session --area AREA   (AREA is a name or alias above)");
    return ExitCode.OK;
  }
}
