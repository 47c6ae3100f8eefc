package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real kill -9 of a JVM in the middle of a session. */
class KillTest {
  @TempDir Path state;

  @Test
  void should_keep_every_row_and_mark_the_running_session_after_a_kill_9() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledSessionChild.class.getName(),
                state.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      // the test class path has SLF4J without a provider, whose warning may come first
      String line = out.readLine();
      while (line != null && !line.equals("started")) {
        line = out.readLine();
      }
      assertThat(line).isEqualTo("started");
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).isNotZero();
    try (HistoryStore store = HistoryStore.open(state)) {
      List<SessionRecord> sessions = store.sessions(null, null);
      assertThat(sessions)
          .extracting(SessionRecord::ending)
          .containsExactly(Ending.ENDED_UNEXPECTEDLY, Ending.COMPLETED);
      assertThat(sessions.get(0).painBefore()).isEqualTo(4);
    }
  }
}
