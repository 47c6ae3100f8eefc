package dev.knots.cli;

import dev.knots.platform.PathLength;
import dev.knots.routine.RoutineCheck;
import dev.knots.routine.RoutineCheck.Checked;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private int unreadable;

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
    PrintWriter out = context.console().out();
    PrintWriter err = context.console().err();
    RoutineCheck check = new RoutineCheck(context.console().workingDir());
    List<Checked> results = new ArrayList<>();
    int missing = 0;
    if (paths.isEmpty()) {
      results.addAll(check.bundled());
      Path userDir = context.paths().routines();
      if (Files.isDirectory(userDir)) {
        results.addAll(folder(check, userDir));
      }
    } else {
      for (Path given : paths) {
        Path path = context.console().workingDir().resolve(given);
        if (PathLength.tooLong(path)) {
          err.println("knots: " + given + ": " + PathLength.TOO_LONG);
          missing++;
        } else if (!Files.exists(path)) {
          err.println("knots: " + given + ": no such file or folder");
          missing++;
        } else if (Files.isDirectory(path)) {
          results.addAll(folder(check, path));
        } else {
          results.add(check.file(path));
        }
      }
    }
    // no file checked has no problems to print: only the missing ones' lines on stderr
    if (results.isEmpty() && missing > 0) {
      return ExitCode.NO_INPUT;
    }
    RoutineCheck.report(results).forEach(out::println);
    if (missing > 0 || unreadable > 0 || results.stream().anyMatch(Checked::unreadable)) {
      return ExitCode.NO_INPUT;
    }
    return results.stream().allMatch(Checked::valid) ? ExitCode.OK : ExitCode.INVALID_DATA;
  }

  private List<Checked> folder(RoutineCheck check, Path dir) {
    Optional<List<Checked>> found = check.folder(dir);
    if (found.isEmpty()) {
      context.console().err().println("knots: " + dir + ": folder cannot be read");
      unreadable++;
      return List.of();
    }
    return found.get();
  }
}
