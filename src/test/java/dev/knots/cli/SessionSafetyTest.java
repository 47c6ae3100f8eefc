package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triage in front of the countdown and history around it, through the whole CLI. */
class SessionSafetyTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  @Test
  void should_stop_before_any_routine_on_an_emergency_sign_and_record_the_triage() {
    CliRun.Result result = cli().run("session", "--area", "calves", "--answer", "chest-pain=yes");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(result.out()).contains("EMERGENCY").contains("112").doesNotContain("Step 1");
    CliRun.Result history = cli().run("history", "--format", "csv");
    assertThat(history.out()).contains("EMERGENCY").contains("chest-pain");
  }

  @Test
  void should_use_the_emergency_number_from_the_settings_file() throws Exception {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/config.yaml"), "emergency-number: 999\n");

    CliRun.Result result = cli().run("session", "--area", "neck", "--answer", "stroke-signs=yes");

    assertThat(result.exitCode()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(result.out()).contains("999");
  }

  @Test
  void should_stop_on_an_urgent_sign_asked_for_another_area() {
    CliRun.Result result =
        cli()
            .run(
                "session",
                "--area",
                "neck",
                "--answer",
                "emergency=none",
                "--answer",
                "one-limb-swelling=yes");

    assertThat(result.exitCode()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(result.out()).contains("URGENT").doesNotContain("Step 1");
  }

  @Test
  void should_name_the_missing_question_when_stdin_ends_and_never_take_it_as_no() {
    CliRun.Result result = cli().stdin("n\n").run("session", "--area", "lower-back");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).containsIgnoringCase("urgent").doesNotContain("Exception");
    assertThat(result.out()).doesNotContain("Step 1");
  }

  @Test
  void should_stop_on_severe_pain() {
    CliRun.Result result =
        cli().run("session", "--area", "calves", "--answer", "none", "--answer", "pain=8");

    assertThat(result.exitCode()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(result.out()).contains("URGENT").doesNotContain("Step 1");
  }

  @Test
  void should_need_an_acknowledgement_before_a_soon_session() {
    CliRun.Result result =
        cli()
            .run(
                "session",
                "--area",
                "lower-back",
                "--answer",
                "none",
                "--answer",
                "radiating-pain=yes",
                "--answer",
                "pain=3");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("acknowledge");
    assertThat(result.out()).contains("SOON").doesNotContain("Step 1");
  }

  @Test
  void should_end_politely_without_a_session_after_a_recent_injury() {
    CliRun.Result result =
        cli()
            .run(
                "session",
                "--area",
                "calves",
                "--answer",
                "none",
                "--answer",
                "recent-injury=yes",
                "--answer",
                "pain=3");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(result.out()).doesNotContain("Step 1");
  }
}
