package dev.knots.history;

import static dev.knots.history.Fixtures.completed;
import static dev.knots.history.Fixtures.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the released knots (v1, schema 2: a calves session and a neck check, made with
 * its jar) opens, migrates to the row-per-area schema, keeps its records, and then takes a session
 * over several areas as one row per area with its own pain rating.
 */
class SeveralAreasMigrationTest {
  private static final Path V1 = Path.of("src/test/resources/dev/knots/history/v1-history.db");
  private static final Instant LATER = Instant.parse("2026-12-06T10:00:00Z");

  @TempDir Path state;

  private HistoryStore openCopyOfV1() throws Exception {
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
    Path db = state.resolve(HistoryStore.FILE_NAME);
    Files.copy(V1, db);
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
    return HistoryStore.open(state, Clock.fixed(LATER, ZoneOffset.UTC));
  }

  @Test
  void should_keep_the_v1_records_after_the_migration() throws Exception {
    try (HistoryStore store = openCopyOfV1()) {
      List<SessionRecord> calves = store.sessions(Area.CALVES, Instant.EPOCH);

      assertThat(calves).singleElement().satisfies(s -> assertThat(s.painBefore()).isEqualTo(4));
      assertThat(store.triages(Area.NECK, Instant.EPOCH)).hasSize(1);
      assertThat(store.lastAdvice(Area.NECK, LATER)).isPresent();
    }
    assertThat(userVersion()).isEqualTo(Schema.latest()).isEqualTo(3);
  }

  @Test
  void should_record_a_session_over_several_areas_as_a_row_per_area_with_its_own_pain()
      throws Exception {
    try (HistoryStore store = openCopyOfV1()) {
      SessionStart first = start(Area.CALVES, LATER, 5);
      long id = store.sessionStarted(first);
      long other = store.sessionStarted(first.forArea(Area.HAMSTRINGS, 2, id));
      store.sessionEnded(id, completed(3));
      store.sessionEnded(other, completed(1));

      assertThat(store.sessions(Area.CALVES, LATER))
          .singleElement()
          .satisfies(s -> assertThat(s.painBefore()).isEqualTo(5));
      assertThat(store.sessions(Area.HAMSTRINGS, LATER))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.painBefore()).isEqualTo(2);
                assertThat(s.painAfter()).isEqualTo(1);
              });
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + state.resolve(HistoryStore.FILE_NAME));
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT area, together_with FROM sessions WHERE started_at = "
                    + LATER.toEpochMilli()
                    + " ORDER BY id")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("calves");
      assertThat(rs.getObject(2)).isNull();
      long firstId = -1;
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("hamstrings");
      firstId = rs.getLong(2);
      assertThat(firstId).isPositive();
    }
  }

  private int userVersion() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + state.resolve(HistoryStore.FILE_NAME));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
