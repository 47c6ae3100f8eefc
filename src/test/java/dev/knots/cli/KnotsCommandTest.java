package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnotsCommandTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  @Test
  void should_print_help_as_in_the_golden_file() throws IOException {
    CliRun.Result result = cli().run("--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo(golden("help.txt"));
  }

  @Test
  void should_print_the_project_version() {
    CliRun.Result result = cli().run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("knots \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void should_print_java_terminal_colour_and_file_locations_with_verbose() {
    CliRun.Result result = cli().env("TERM", "xterm").run("--version", "--verbose");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("java:")
        .contains("TERM=xterm")
        .contains("colour:    off")
        .contains("routines:  " + home.resolve("config/routines"))
        .contains("history:   " + home.resolve("state"))
        .contains("cache:     " + home.resolve("cache"));
  }

  @Test
  void should_print_a_short_usage_when_called_bare() {
    CliRun.Result result = cli().run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("knots session --area lower-back")
        .contains("knots routines list")
        .contains("knots areas")
        .contains("knots --help");
  }

  @Test
  void should_exit_2_with_one_line_for_an_unknown_option() {
    CliRun.Result result = cli().run("--frobnicate");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("--frobnicate").contains("knots --help");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void should_suggest_a_command_for_a_misspelt_one() {
    CliRun.Result result = cli().run("completoin", "bash");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("did you mean completion");
  }

  @Test
  void should_colour_help_only_when_asked_or_on_a_terminal() {
    String esc = "\u001b[";
    assertThat(cli().run("--color=always", "--help").out()).contains(esc);
    assertThat(cli().terminal(true, true).run("--help").out()).contains(esc);
    assertThat(cli().terminal(true, true).run("--color=never", "--help").out()).doesNotContain(esc);
    assertThat(cli().terminal(true, true).env("NO_COLOR", "1").run("--help").out())
        .doesNotContain(esc);
    assertThat(cli().terminal(true, true).env("TERM", "dumb").run("--help").out())
        .doesNotContain(esc);
    assertThat(cli().run("--help").out()).doesNotContain(esc);
  }

  @Test
  void should_print_a_bash_completion_script_and_a_zsh_one() {
    CliRun.Result bash = cli().run("completion", "bash");
    CliRun.Result zsh = cli().run("completion", "zsh");

    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("_picocli_knots");
    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
  }

  @Test
  void should_reject_an_unknown_shell_with_the_valid_ones() {
    CliRun.Result result = cli().run("completion", "fish");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("bash").contains("zsh");
  }

  static String golden(String name) throws IOException {
    try (InputStream in = KnotsCommandTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
