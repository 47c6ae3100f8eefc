package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: SQLite's max_page_count makes the real SQLite fail a write with SQLITE_FULL, as it
 * does when the disk is full. Before, the rollback's own error ("cannot commit - no transaction is
 * active") hid it and the user read raw SQLite text.
 */
class FullDiskTest {
  @TempDir Path state;

  @Test
  void should_say_the_disk_is_full_in_one_line_and_keep_what_was_recorded() {
    try (HistoryStore store = HistoryStore.open(state, HistoryStoreTest.CLOCK)) {
      store.triageRecorded(Fixtures.triage(Area.NECK, HistoryStoreTest.NOW, "SOON"));
    }
    List<HistoryException> failures = new ArrayList<>();
    int recorded = 0;
    try (HistoryStore full = HistoryStore.openWithPageLimit(state, HistoryStoreTest.CLOCK, 12)) {
      for (int i = 0; i < 2000 && failures.isEmpty(); i++) {
        try {
          full.triageRecorded(
              Fixtures.triage(Area.CALVES, HistoryStoreTest.NOW, "SELF_CARE", "x".repeat(400)));
          recorded++;
        } catch (HistoryException e) {
          failures.add(e);
        }
      }
    }

    assertThat(failures).as("the page limit was reached").hasSize(1);
    HistoryException e = failures.get(0);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write the history database "
                + state.resolve("history.db")
                + ": the disk is full; free some space (what was recorded before is kept)")
        .doesNotContain("SQLITE", "transaction");
    assertThat(e.diskFull()).isTrue();
    assertThat(((SQLException) e.getCause()).getErrorCode() & 0xff).isEqualTo(13);

    try (HistoryStore store = HistoryStore.open(state, HistoryStoreTest.CLOCK)) {
      assertThat(store.triages(Area.NECK, null)).hasSize(1);
      List<TriageEntry> calves = store.triages(Area.CALVES, null);
      assertThat(calves).hasSize(recorded);
      // the failed record left nothing half-written: every kept record has all its answers
      assertThat(calves).allSatisfy(t -> assertThat(t.triage().answers()).hasSize(2));
      // once there is room again, recording works as before
      store.triageRecorded(Fixtures.triage(Area.CALVES, HistoryStoreTest.NOW, "SELF_CARE"));
      assertThat(store.triages(Area.CALVES, null)).hasSize(recorded + 1);
    }
  }

  @Test
  void should_tell_a_session_it_runs_unrecorded_because_the_disk_is_full() {
    try (HistoryStore store = HistoryStore.open(state, HistoryStoreTest.CLOCK)) {
      store.check();
    }
    List<String> warnings = new ArrayList<>();
    try (SafeHistory history =
        new SafeHistory(
            HistoryStore.openWithPageLimit(state, HistoryStoreTest.CLOCK, 1), warnings::add)) {
      for (int i = 0; i < 50 && history.recording(); i++) {
        history.triageRecorded(
            Fixtures.triage(Area.CALVES, HistoryStoreTest.NOW, "SELF_CARE", "x".repeat(400)));
      }
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("this session will not be recorded: cannot write the history database")
        .endsWith("the disk is full; free some space (what was recorded before is kept)");
  }

  @Test
  void should_not_call_an_io_error_a_full_disk_where_there_is_room() {
    HistoryException e =
        Failures.of(
            new SQLException("[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap", "x", 4874),
            state.resolve("history.db"),
            Clock.systemUTC());
    assertThat(e.getMessage())
        .contains("the system reported an input/output error")
        .doesNotContain("SQLITE", "xShmMap");
    assertThat(e.diskFull()).isFalse();
  }
}
