package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainingTest {

  /** Runs meant to stop early: a closed stdin at the first question, or a deliberate typo. */
  private static final Map<List<String>, Integer> EXPECTED_FAILURES =
      Map.of(
          List.of("session", "--area", "calves", "--plain", "--no-sound"), ExitCode.USAGE,
          List.of("session", "--after", "running", "--plain", "--no-sound"), ExitCode.USAGE,
          List.of("triage", "--area", "calves"), ExitCode.USAGE,
          List.of("no-such-command"), ExitCode.USAGE,
          List.of("areas", "--no-such-option"), ExitCode.USAGE);

  @Test
  void should_start_every_command_and_subcommand_when_training(@TempDir Path home) {
    CommandLine root = KnotsCli.build(CliRun.silentContext(home));
    Set<String> commands = new TreeSet<>();
    collect(root, "", commands);
    Set<String> trained = new TreeSet<>();
    for (List<String> run : Training.RUNS) {
      StringBuilder path = new StringBuilder();
      for (String word : run) {
        if (word.startsWith("-")) {
          break;
        }
        path.append(path.length() == 0 ? "" : " ").append(word);
        trained.add(path.toString());
      }
    }
    assertThat(trained).containsAll(commands);
  }

  @Test
  void should_end_each_run_as_planned_when_stdin_is_closed(@TempDir Path home) {
    CliRun cli = new CliRun(home);
    for (List<String> run : Training.RUNS) {
      CliRun.Result result = cli.run(run.toArray(String[]::new));
      assertThat(result.exitCode())
          .as("%s\n%s", run, result)
          .isEqualTo(EXPECTED_FAILURES.getOrDefault(run, ExitCode.OK));
    }
  }

  private static void collect(CommandLine command, String prefix, Set<String> into) {
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      String path = prefix.isEmpty() ? sub.getKey() : prefix + " " + sub.getKey();
      into.add(path);
      collect(sub.getValue(), path, into);
    }
  }
}
