package dev.knots.cli;

import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RoutineText;
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
    RoutineText.show(located).forEach(context.console().out()::println);
    return ExitCode.OK;
  }
}
