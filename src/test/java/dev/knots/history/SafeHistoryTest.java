package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeHistoryTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

  @TempDir Path home;
  final List<String> warnings = new ArrayList<>();

  @Test
  void should_record_without_warning_when_the_store_works() {
    try (SafeHistory history = HistoryStore.openOrWarn(home, warnings::add)) {
      long id = history.sessionStarted(Fixtures.start(Area.NECK, NOW, 4));
      history.sessionEnded(id, Fixtures.completed(2));
      assertThat(history.recording()).isTrue();
    }
    assertThat(warnings).isEmpty();
    try (HistoryStore store = HistoryStore.open(home)) {
      assertThat(store.sessions(null, null)).hasSize(1);
    }
  }

  @Test
  void should_warn_once_and_let_the_session_run_when_the_database_is_corrupt() throws IOException {
    Files.writeString(home.resolve(HistoryStore.FILE_NAME), "garbage ".repeat(500));
    try (SafeHistory history = HistoryStore.openOrWarn(home, warnings::add)) {
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0))
          .startsWith("this session will not be recorded: the history database ")
          .contains("mv '");
      long id = history.sessionStarted(Fixtures.start(Area.NECK, NOW, 4));
      history.sessionEnded(id, Fixtures.completed(2));
      history.triageRecorded(Fixtures.triage(Area.NECK, NOW, "SELF_CARE"));
      assertThat(history.notImproving(Area.NECK, NOW)).isFalse();
      assertThat(history.lastAdvice(Area.NECK, NOW)).isEmpty();
      assertThat(history.recording()).isFalse();
    }
    assertThat(warnings).hasSize(1);
  }

  @Test
  void should_warn_why_when_the_state_folder_cannot_be_made() throws IOException {
    Path blocked = home.resolve("state");
    Files.writeString(blocked, "in the way");
    try (SafeHistory history = HistoryStore.openOrWarn(blocked, warnings::add)) {
      assertThat(history.sessionStarted(Fixtures.start(Area.NECK, NOW, 4))).isNegative();
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("this session will not be recorded: cannot create the history folder");
  }
}
