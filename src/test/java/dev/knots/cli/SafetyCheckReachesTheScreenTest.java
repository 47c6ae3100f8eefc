package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is wrong with the settings, history or terminal, an EMERGENCY answer still ends on the
 * EMERGENCY screen with exit 3: one warning, the defaults, the check.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SafetyCheckReachesTheScreenTest {
  @TempDir Path home;

  private Path settings() throws Exception {
    Files.createDirectories(home.resolve("config"));
    return home.resolve("config/config.yaml");
  }

  /** Runs both the check alone and a session's check, with an emergency answer. */
  private void assertEmergencyScreen(CliRun cli, String... warnings) {
    for (String command : new String[] {"triage", "session"}) {
      CliRun.Result r = cli.run(command, "--area", "calves", "--answer", "chest-pain=yes");

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
      assertThat(r.out()).as(r.toString()).contains("EMERGENCY", "CALL 112 NOW");
      assertThat(r.err()).as(r.toString()).contains(warnings).doesNotContain("Exception");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "emergency-number: [1,2]\n",
        "emergency-number: '+ +'\n",
        "sound: [\n",
        "sound: yes\nsound: no\n",
        "colour: blue\n"
      })
  void should_warn_once_about_broken_settings_and_use_112(String text) throws Exception {
    Files.writeString(settings(), text);

    CliRun.Result r =
        new CliRun(home).run("triage", "--area", "calves", "--answer", "chest-pain=yes");

    assertThat(r.err().lines().filter(l -> l.contains("config.yaml")).count())
        .as(r.toString())
        .isEqualTo(1);
    assertEmergencyScreen(new CliRun(home), "config.yaml", "emergency number 112");
  }

  @Test
  void should_warn_about_settings_that_are_not_utf8() throws Exception {
    Files.write(settings(), new byte[] {'s', 'o', 'u', 'n', 'd', ':', ' ', (byte) 0xff, '\n'});

    assertEmergencyScreen(new CliRun(home), "not UTF-8 text");
  }

  @Test
  void should_warn_about_settings_that_cannot_be_read() throws Exception {
    Path file = Files.writeString(settings(), "emergency-number: 999\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root reads any file: there the folder in the file's place below stands in for it
    assumeThat(Files.isReadable(file)).as("runs as root: every file is readable").isFalse();

    assertEmergencyScreen(new CliRun(home), "permission denied", "emergency number 112");
  }

  @Test
  void should_warn_about_a_folder_in_place_of_the_settings_file() throws Exception {
    Files.createDirectories(settings());

    assertEmergencyScreen(new CliRun(home), "is a folder", "emergency number 112");
  }

  @Test
  void should_never_open_a_fifo_or_a_device_as_the_settings_file() throws Exception {
    Path fifo = settings();
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor()).as("mkfifo works here").isZero();

    assertEmergencyScreen(new CliRun(home), "FIFO", "emergency number 112");

    Files.delete(fifo);
    Files.createSymbolicLink(fifo, Path.of("/dev/zero"));
    assertEmergencyScreen(new CliRun(home), "not a regular file", "emergency number 112");
  }

  @Test
  void should_run_the_check_when_knots_home_is_a_file() throws Exception {
    Path file = Files.writeString(home.resolve("a-file"), "not a folder");

    assertEmergencyScreen(
        new CliRun(home).env("KNOTS_HOME", file.toString()),
        "cannot read the settings file",
        "not be recorded");
  }

  @Test
  void should_run_the_check_when_the_history_is_damaged() throws Exception {
    Files.createDirectories(home.resolve("state"));
    Files.writeString(home.resolve("state/history.db"), "this is not a database".repeat(100));

    assertEmergencyScreen(new CliRun(home), "not be recorded", "damaged");
  }

  @Test
  void should_run_the_check_when_the_cache_folder_is_a_file() throws Exception {
    Files.writeString(home.resolve("cache"), "not a folder");

    for (String command : new String[] {"triage", "session"}) {
      CliRun.Result r =
          new CliRun(home).run(command, "--area", "calves", "--answer", "chest-pain=yes");

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
      assertThat(r.out()).contains("EMERGENCY", "CALL 112 NOW");
    }
  }

  @Test
  void should_run_the_check_when_the_terminal_is_unknown_or_broken() throws Exception {
    CliRun cli =
        new CliRun(home)
            .env("TERM", "no-such-terminal\u001b[31m")
            .env("COLUMNS", "-5")
            .env("LINES", "x")
            .terminal(true, true);

    CliRun.Result r = cli.run("triage", "--area", "calves", "--answer", "chest-pain=yes");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(r.out()).contains("EMERGENCY", "CALL 112 NOW");
  }
}
