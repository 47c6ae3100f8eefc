package dev.knots.cli;

import dev.knots.routine.RoutineSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code routines schema}: the JSON Schema of the routine format, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft-07) of the routine format.",
      "Editors use it through the '# yaml-language-server: $schema=...' first line."
    })
final class RoutinesSchemaCommand implements Callable<Integer> {
  private final AppContext context;

  RoutinesSchemaCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.console().out().print(RoutineSchema.text());
    context.console().out().flush();
    return ExitCode.OK;
  }
}
