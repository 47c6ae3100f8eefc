package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive quiz in a real pseudo-terminal (tmux): single keys reach the EMERGENCY screen.
 * Runs the built classes with the test class path rather than bin/knots, so that the test never
 * starts a nested Maven build. .ci/run installs tmux.
 */
class TriageQuizInTmuxTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path home;

  private final String socket = "knots-triage-test-" + ProcessHandle.current().pid();

  @Test
  void should_reach_the_emergency_screen_with_single_keys() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed (.ci/run installs it)");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "KNOTS_HOME='"
            + home
            + "' '"
            + java
            + "' -Dknots.stdin.tty=1 -Dknots.stdout.tty=1"
            + " -cp '"
            + System.getProperty("java.class.path")
            + "' dev.knots.Main"
            + " triage --area calves; echo EXIT=$?; sleep 120";
    try {
      tmux("new-session", "-d", "-s", "quiz", "-x", "100", "-y", "30", command);
      waitFor("Do any of these apply to you right now?");
      tmux("send-keys", "-t", "quiz", "y");
      waitFor("tightness or heaviness in your chest");
      tmux("send-keys", "-t", "quiz", "y");
      String screen = waitFor("EXIT=");

      assertThat(screen)
          .contains("EMERGENCY - call 112 now", "CALL 112 NOW", "999", "911", "EXIT=3");
    } finally {
      tmux("kill-server");
    }
  }

  private String waitFor(String text) throws IOException, InterruptedException {
    Instant end = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(end)) {
      screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "quiz");
      if (screen.contains(text)) {
        return screen;
      }
      Thread.sleep(100); // polling a real process, not timing logic
    }
    throw new AssertionError("timed out waiting for '" + text + "'; screen:\n" + screen);
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static boolean tmuxInstalled() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
