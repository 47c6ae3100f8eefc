package dev.knots.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code routines} group: list, show, validate, new, edit, schema ({@link CommandTree}). */
@Command(
    name = "routines",
    mixinStandardHelpOptions = true,
    description = "List, show, check and write routines (YAML files).")
final class RoutinesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
