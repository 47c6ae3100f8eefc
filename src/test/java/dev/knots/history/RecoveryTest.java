package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store gets past what an earlier failure left behind, so one crash does not lock the user out
 * of their history.
 */
class RecoveryTest {
  @TempDir Path state;

  @Test
  void should_advise_a_fresh_name_that_never_overwrites_an_earlier_broken_file() throws Exception {
    Path db = state.resolve("history.db");
    LocalDate day = LocalDate.of(2026, 12, 5);
    assertThat(Failures.aside(db, day)).isEqualTo(state.resolve("history.db.broken-2026-12-05"));

    Files.writeString(state.resolve("history.db.broken-2026-12-05"), "real history");
    Files.writeString(state.resolve("history.db.broken-2026-12-05-2"), "more real history");

    assertThat(Failures.aside(db, day)).isEqualTo(state.resolve("history.db.broken-2026-12-05-3"));
  }

  @Test
  void should_name_the_fresh_file_in_the_damaged_store_advice() throws Exception {
    Files.writeString(state.resolve("history.db"), "not a database ".repeat(300));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Files.writeString(state.resolve("history.db.broken-" + today), "an earlier broken store");

    try (HistoryStore store = HistoryStore.open(state)) {
      assertThatThrownBy(store::check)
          .hasMessageContaining("history.db.broken-" + today + "-2'")
          .hasMessageNotContaining(".broken'");
    }
  }

  @Test
  void should_record_again_after_a_read_only_episode_left_a_0400_shm() throws Exception {
    try (HistoryStore store = HistoryStore.open(state)) {
      store.triageRecorded(Fixtures.triage(Area.NECK, HistoryStoreTest.NOW, "SOON"));
    }
    for (String suffix : new String[] {"", "-shm", "-wal"}) {
      Path file = state.resolve("history.db" + suffix);
      if (!Files.exists(file)) {
        Files.writeString(file, "");
      }
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }
    // the person fixes the database file only, as the advice said
    Files.setPosixFilePermissions(
        state.resolve("history.db"), PosixFilePermissions.fromString("rw-------"));

    try (HistoryStore store = HistoryStore.open(state)) {
      store.triageRecorded(Fixtures.triage(Area.NECK, HistoryStoreTest.NOW, "SOON"));
      assertThat(store.triages(null, null)).hasSize(2);
      // (root writes a 0400 file anyway: what shows the fix there is the mode it was given)
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(state.resolve("history.db-shm"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void should_name_the_file_to_move_a_damaged_store_to_after_the_stores_day() throws Exception {
    Files.writeString(state.resolve("history.db"), "not a database ".repeat(300));
    Clock leapDay = Clock.fixed(Instant.parse("2020-02-29T23:30:00Z"), ZoneOffset.UTC);

    try (HistoryStore store = HistoryStore.open(state, leapDay)) {
      assertThatThrownBy(store::check).hasMessageContaining("history.db.broken-2020-02-29'");
    }
  }

  @Test
  void should_take_the_day_of_a_failure_from_the_clock() {
    Clock leapDay = Clock.fixed(Instant.parse("2020-02-29T23:30:00Z"), ZoneOffset.UTC);

    HistoryException e =
        Failures.of(
            new SQLException("[SQLITE_CORRUPT] damaged", "x", 11),
            state.resolve("history.db"),
            leapDay);

    assertThat(e.getMessage()).contains("history.db.broken-2020-02-29'");
  }
}
