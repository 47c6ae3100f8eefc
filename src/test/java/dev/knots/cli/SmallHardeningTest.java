package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hardening items, each through the whole CLI. */
class SmallHardeningTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  @Test
  void should_show_escape_sequences_in_echoed_input_escaped() {
    CliRun.Result r = cli().run("routines", "show", "evil\u001b]0;pwned\u0007\u001b[2J");

    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\x1b");
  }

  @Test
  void should_cut_megabytes_of_echoed_input_at_200_characters() {
    CliRun.Result r = cli().run("triage", "--area", "x".repeat(1_000_000));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).hasSizeLessThan(2000).contains("'" + "x".repeat(199) + "...");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void should_refuse_file_and_routine_together() throws Exception {
    Path routine =
        Files.writeString(
            home.resolve("r.yaml"),
            "name: R\narea: calves\nsteps:\n  - {name: S, kind: stretch, duration: 5s}\n");

    CliRun.Result r =
        cli().run("session", "--file", routine.toString(), "--routine", "calf-release");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--file or --routine, not both");
  }

  @Test
  void should_show_todays_records_for_since_0d() {
    cli().run("triage", "--area", "calves", "--answer", "chest-pain=yes");

    CliRun.Result r = cli().run("history", "--since", "0d", "--format", "csv");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("EMERGENCY");
  }

  @Test
  void should_take_answers_on_stdin_after_a_byte_order_mark() {
    CliRun.Result r = cli().stdin("\uFEFFn\nn\nn\nn\n2\n").run("triage", "--area", "calves");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Self-care is reasonable today");
  }

  @Test
  void should_refuse_a_huge_stdin_answer_line_without_keeping_it() {
    CliRun.Result r = cli().stdin("y".repeat(5_000_000) + "\n").run("triage", "--area", "calves");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("longer than 1024 characters").hasSizeLessThan(2000);
  }
}
