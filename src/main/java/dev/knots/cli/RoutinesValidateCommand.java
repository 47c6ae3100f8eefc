package dev.knots.cli;

import dev.knots.routine.CheckedPaths;
import dev.knots.routine.RoutineCheck;
import dev.knots.routine.RoutineCheck.Checked;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code routines validate [PATH]...}: checks routine files and says what to fix. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check routine files: every problem as file:line:column: what - how to fix.",
      "Without PATH: the bundled routines and your own. Exit 65 if any file is invalid,",
      "66 if a PATH does not exist."
    })
final class RoutinesValidateCommand implements Callable<Integer> {
  private final AppContext context;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Routine files, or folders of them (searched recursively).")
  List<Path> paths = new ArrayList<>();

  RoutinesValidateCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RoutineCheck check = new RoutineCheck(context.console().workingDir());
    CheckedPaths found =
        paths.isEmpty()
            ? CheckedPaths.bundledAndUser(check, context.paths().routines())
            : CheckedPaths.given(check, context.console().workingDir(), paths);
    found.failures().forEach(f -> context.console().err().println("knots: " + f));
    // nothing checked: only the missing paths' lines, no count
    if (found.results().isEmpty() && found.missing() > 0) {
      return ExitCode.NO_INPUT;
    }
    RoutineCheck.report(found.results()).forEach(context.console().out()::println);
    if (found.anyUnreadable()) {
      return ExitCode.NO_INPUT;
    }
    return found.results().stream().allMatch(Checked::valid) ? ExitCode.OK : ExitCode.INVALID_DATA;
  }
}
