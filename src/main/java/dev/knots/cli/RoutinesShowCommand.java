package dev.knots.cli;

import dev.knots.routine.Durations;
import dev.knots.routine.FigureSheet;
import dev.knots.routine.Figures;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import dev.knots.routine.StepText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code routines show NAME}: steps, total time, cautions, sources and where the file lives. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a routine's steps, total time, cautions, sources and file.")
final class RoutinesShowCommand implements Callable<Integer> {
  private final AppContext context;

  @Parameters(paramLabel = "NAME", description = "The routine's name (see 'knots routines list').")
  String name;

  RoutinesShowCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LocatedRoutine located = RoutineLookup.byName(RoutineLookup.library(context), name);
    Routine r = located.routine();
    PrintWriter out = context.console().out();
    out.println(r.name() + " (" + located.name() + ")");
    out.println(
        "area: "
            + r.area().id()
            + ", "
            + Durations.format(r.totalDuration())
            + " in total, "
            + r.steps().size()
            + (r.steps().size() == 1 ? " step" : " steps"));
    if (!r.summary().isBlank()) {
      out.println(r.summary());
    }
    if (!r.equipment().isEmpty()) {
      out.println("equipment: " + String.join(", ", r.equipment()));
    }
    if (!r.cautions().isEmpty()) {
      out.println();
      out.println("Before you start:");
      r.cautions().forEach(c -> out.println("  ! " + c));
    }
    out.println();
    out.println("Steps:");
    int n = 1;
    for (Step s : r.steps()) {
      out.println("  " + n++ + ". " + s.name() + " - " + StepText.describe(s));
      out.println("     " + StepText.place(s));
      if (!s.cue().isBlank()) {
        out.println("     " + s.cue());
      }
      Figures.of(s).ifPresent(f -> FigureSheet.indented(f, "       ").forEach(out::println));
    }
    if (!r.sources().isEmpty()) {
      out.println();
      out.println("Sources:");
      r.sources().forEach(src -> out.println("  - " + src));
    }
    out.println();
    out.println("File: " + located.location());
    if (located.origin() == LocatedRoutine.Origin.BUNDLED) {
      out.println("To change it: knots routines edit " + located.name());
    }
    return ExitCode.OK;
  }
}
