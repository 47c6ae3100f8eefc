package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.session.Ending;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandTest {
  @TempDir Path home;

  private CliRun.Result run(String... args) {
    return new CliRun(home).run(args);
  }

  @Test
  void should_exit_66_when_the_file_does_not_exist() {
    CliRun.Result result = run("session", "--file", home.resolve("nope.yaml").toString());
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(66);
    assertThat(result.err()).contains("nope.yaml").doesNotContain("Exception");
  }

  @Test
  void should_exit_65_with_the_position_when_the_file_is_invalid() throws IOException {
    Path file = home.resolve("bad.yaml");
    Files.writeString(
        file,
        "name: Bad\narea: calves\nsteps:\n  - name: x\n    kind: stretch\n    duration: 2s\n");
    CliRun.Result result = run("session", "--file", file.toString());
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(65);
    assertThat(result.err()).containsPattern("bad.yaml:6:\\d+: ");
  }

  @Test
  void should_refuse_an_unknown_area_with_a_suggestion() {
    CliRun.Result result = run("session", "--area", "lower-bak");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("did you mean 'lower-back'?").contains("neck");
  }

  @Test
  void should_refuse_a_path_as_an_area() {
    CliRun.Result result = run("session", "--area", "../../etc");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("an area is a word, not a path");
  }

  @Test
  void should_ask_for_an_area_when_none_is_given() {
    CliRun.Result result = run("session");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--area AREA");
  }

  @Test
  void should_refuse_minutes_out_of_range() {
    assertThat(run("session", "--area", "calves", "--minutes", "0").exitCode()).isEqualTo(2);
    assertThat(run("session", "--area", "calves", "--minutes", "500").exitCode()).isEqualTo(2);
  }

  @Test
  void should_refuse_a_routine_of_another_area() {
    CliRun.Result result = run("session", "--area", "neck", "--routine", "calf-release");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is for calves, not neck");
  }

  @Test
  void should_name_the_mistake_in_a_user_routine_asked_for_by_name() throws IOException {
    Path routines = Files.createDirectories(home.resolve("config/routines"));
    Files.writeString(
        routines.resolve("my-calves.yaml"),
        "name: Mine\narea: calves\nsteps:\n  - name: x\n    kind: stretch\n    duration: 3s\n");

    CliRun.Result result = run("session", "--routine", "my-calves", "--answer", "none");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(65);
    assertThat(result.err()).containsPattern("my-calves.yaml:6:\\d+: duration '3s' is too short");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void should_say_which_user_files_a_session_by_area_left_out() throws IOException {
    Path routines = Files.createDirectories(home.resolve("config/routines"));
    Files.writeString(routines.resolve("my-calves.yaml"), "name: Mine\narea: calves\n");

    CliRun.Result result = run("session", "--area", "calves", "--answer", "none");

    assertThat(result.err())
        .contains(
            "knots: skipped "
                + routines.resolve("my-calves.yaml")
                + " (1 problem; see 'knots routines validate')");
  }

  @Test
  void should_not_run_the_bundled_routine_that_an_invalid_user_copy_replaces() throws IOException {
    Path routines = Files.createDirectories(home.resolve("config/routines"));
    Files.writeString(
        routines.resolve("calf-release.yaml"), "name: Mine\narea: calves\nsteps: [\n");

    CliRun.Result byArea = run("session", "--area", "calves", "--answer", "none");
    CliRun.Result shown = run("routines", "show", "calf-release");

    assertThat(byArea.exitCode()).as(byArea.toString()).isEqualTo(65);
    assertThat(byArea.err()).contains("calf-release.yaml:");
    assertThat(byArea.out()).isEmpty();
    assertThat(shown.exitCode()).as(shown.toString()).isEqualTo(65);
  }

  @Test
  void should_refuse_an_unknown_routine_with_a_suggestion() {
    CliRun.Result result = run("session", "--routine", "calf-relese");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("did you mean 'calf-release'?");
  }

  /** A real five-second run (end to end, in-process): the one test here that takes real time. */
  @Test
  void should_run_to_the_end_in_plain_lines_when_stdin_is_at_its_end_and_stdout_is_a_file()
      throws IOException {
    Path file = home.resolve("one.yaml");
    Files.writeString(
        file,
        "name: One\narea: calves\nsteps:\n  - {name: Only step, kind: stretch, duration: 5s}\n");
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/config.yaml"), "lead-in: 1s\n");
    Path events = home.resolve("events.jsonl");
    CliRun.Result result =
        new CliRun(home)
            .stdin("")
            .terminal(false, false)
            .run(
                "session",
                "--answer",
                "none",
                "--answer",
                "pain=2",
                "--file",
                file.toString(),
                "--events",
                events.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Get into position for step 1 of 1: Only step. Starts in 0:01.")
        .contains("Step 1 of 1: Only step, 0:05 (stretch).")
        .contains("  done: Only step")
        .contains("Session complete: 1 of 1 step done, 0 skipped, 0:06 in all.")
        .doesNotContain("\u001B")
        .doesNotContain("\u0007")
        .doesNotContain("Keys:");
    assertThat(new CliRun(home).run("history", "--format", "csv").out())
        .contains("calves")
        .contains("COMPLETED");
    assertThat(Files.readAllLines(events))
        .extracting(line -> line.replaceAll("\"offsetMs\":\\d+", "\"offsetMs\":N"))
        .containsExactly(
            "{\"event\":\"session-start\",\"offsetMs\":N,\"step\":1,\"name\":\"Only step\","
                + "\"side\":\"none\",\"secondsLeft\":1}",
            "{\"event\":\"lead-in\",\"offsetMs\":N,\"step\":1,\"name\":\"Only step\","
                + "\"side\":\"none\",\"secondsLeft\":1}",
            "{\"event\":\"step-start\",\"offsetMs\":N,\"step\":1,\"name\":\"Only step\","
                + "\"side\":\"none\",\"secondsLeft\":5}",
            "{\"event\":\"end\",\"offsetMs\":N,\"step\":1,\"name\":\"Only step\","
                + "\"side\":\"none\",\"secondsLeft\":0,\"ending\":\"completed\"}");
    assertThat(Files.getPosixFilePermissions(events))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void should_exit_66_with_the_path_before_the_safety_check_when_events_cannot_be_written() {
    CliRun.Result result =
        new CliRun(home)
            .stdin("")
            .terminal(false, false)
            .run(
                "session",
                "--area",
                "calves",
                "--events",
                home.resolve("no/such/dir/e").toString());
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(66);
    assertThat(result.err())
        .contains("cannot write the events file " + home.resolve("no/such/dir/e"))
        .contains("no such folder");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void should_map_endings_to_the_exit_codes_of_cli_md() {
    assertThat(SessionCommand.exitCode(Ending.COMPLETED)).isZero();
    assertThat(SessionCommand.exitCode(Ending.QUIT)).isEqualTo(130);
    assertThat(SessionCommand.exitCode(Ending.INTERRUPTED)).isEqualTo(130);
    assertThat(SessionCommand.exitCode(Ending.STOPPED)).isEqualTo(3);
  }
}
