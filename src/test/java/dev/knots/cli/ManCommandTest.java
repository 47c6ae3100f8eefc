package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ManCommandTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  /** Every command of the model, as the words that name it, e.g. [routines, list]. */
  private List<List<String>> commands() {
    CommandLine root = BuildTimeDocs.tree();
    List<List<String>> all = new ArrayList<>();
    collect(root, new ArrayList<>(), all);
    return all;
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> all) {
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> words = new ArrayList<>(path);
              words.add(name);
              all.add(words);
              collect(sub, words, all);
            });
  }

  @Test
  void should_print_the_page_naming_every_command() {
    CliRun.Result result = cli().run("man");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("KNOTS(1)").contains("NAME", "SYNOPSIS", "COMMANDS");
    List<List<String>> commands = commands();
    assertThat(commands).hasSizeGreaterThan(10);
    commands.stream()
        .filter(words -> words.size() == 1)
        .forEach(words -> assertThat(result.out()).containsPattern("(?m)^ +" + words.get(0) + "$"));
  }

  @Test
  void should_have_a_page_for_every_command_and_subcommand() {
    for (List<String> words : commands()) {
      List<String> args = new ArrayList<>(List.of("man"));
      args.addAll(words);

      CliRun.Result result = cli().run(args.toArray(String[]::new));

      String name = "knots-" + String.join("-", words);
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).startsWith(name.toUpperCase(Locale.ROOT) + "(1)");
      assertThat(result.out()).contains(name + " - ").contains("knots " + String.join(" ", words));
    }
  }

  @Test
  void should_fit_80_columns_without_ansi_codes_when_not_a_terminal() {
    CliRun.Result result = cli().run("man", "session");

    assertThat(result.out().lines())
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    assertThat(result.out()).doesNotContain("\u001b").doesNotContain("*--").doesNotContain("::");
  }

  @Test
  void should_print_roff_for_man_when_asked() {
    CliRun.Result result = cli().run("man", "--roff", "routines", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(".TH \"KNOTS\\-ROUTINES\\-LIST\" \"1\"")
        .contains(".SH \"SYNOPSIS\"");
  }

  @Test
  void should_exit_2_with_a_suggestion_for_an_unknown_command() {
    CliRun.Result result = cli().run("man", "sesion");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("sesion").contains("did you mean session");
  }

  @Test
  void should_print_the_version_from_a_subcommand() {
    CliRun.Result result = cli().run("routines", "list", "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("knots ");
  }
}
