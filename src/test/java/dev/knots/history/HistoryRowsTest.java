package dev.knots.history;

import static dev.knots.history.Fixtures.completed;
import static dev.knots.history.Fixtures.start;
import static dev.knots.history.Fixtures.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of the export as the store hands them over, one at a time. */
class HistoryRowsTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

  @TempDir Path state;

  private HistoryStore store() {
    return HistoryStore.open(state, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private List<HistoryRow> rows(Area area, Instant since) {
    List<HistoryRow> rows = new ArrayList<>();
    try (HistoryStore store = store()) {
      store.eachRow(area, since, rows::add);
    }
    return rows;
  }

  @Test
  void should_merge_sessions_and_checks_newest_first_a_session_before_a_check_at_its_moment() {
    try (HistoryStore store = store()) {
      store.sessionEnded(
          store.sessionStarted(start(Area.NECK, NOW.minusSeconds(300), 5)), completed(3));
      store.triageRecorded(triage(Area.NECK, NOW.minusSeconds(300), "SOON", "night-pain"));
      store.triageRecorded(triage(null, NOW.minusSeconds(100), "EMERGENCY", "chest-pain"));
      store.sessionStarted(start(Area.CALVES, NOW.minusSeconds(900), null));
    }

    List<HistoryRow> rows = rows(null, null);

    assertThat(rows)
        .extracting(HistoryRow::kind, HistoryRow::area, HistoryRow::level)
        .containsExactly(
            tuple(HistoryRow.Kind.TRIAGE, null, "EMERGENCY"),
            tuple(HistoryRow.Kind.SESSION, Area.NECK, "SELF_CARE"),
            tuple(HistoryRow.Kind.TRIAGE, Area.NECK, "SOON"),
            tuple(HistoryRow.Kind.SESSION, Area.CALVES, "SELF_CARE"));
    assertThat(rows.get(0).answers()).isEqualTo(Map.of("emergency", "none", "pain", "5"));
    assertThat(rows.get(1).painAfter()).isEqualTo(3);
    assertThat(rows.get(1).endingName()).isEqualTo("COMPLETED");
    assertThat(rows.get(3).endingName()).isEqualTo("RUNNING");
    assertThat(rows.get(3).precautions()).containsExactly("blood-thinners");
  }

  @Test
  void should_give_a_session_the_answers_given_at_its_start_in_the_order_asked() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("soon", "yes");
    given.put("pain", "6");
    given.put("not-improving", "yes");
    try (HistoryStore store = store()) {
      store.sessionStarted(
          new SessionStart(
              Area.NECK,
              "basic",
              "bundled",
              NOW.minusSeconds(100),
              "SOON",
              List.of(),
              List.of(),
              6,
              given));
      store.sessionStarted(start(Area.CALVES, NOW.minusSeconds(200), 5));
      store.triageRecorded(triage(Area.NECK, NOW.minusSeconds(300), "SOON"));
    }

    List<HistoryRow> rows = rows(null, null);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).answers())
        .containsExactly(entry("soon", "yes"), entry("pain", "6"), entry("not-improving", "yes"));
    assertThat(rows.get(1).answers()).isNotNull().isEmpty();
    assertThat(rows.get(2).answers()).isEqualTo(Map.of("emergency", "none", "pain", "5"));
  }

  @Test
  void should_keep_to_the_area_and_the_time_asked_for() {
    try (HistoryStore store = store()) {
      store.sessionStarted(start(Area.NECK, NOW.minusSeconds(50), 5));
      store.sessionStarted(start(Area.NECK, NOW.minusSeconds(5000), 5));
      store.sessionStarted(start(Area.CALVES, NOW.minusSeconds(50), 5));
      store.triageRecorded(triage(Area.NECK, NOW.minusSeconds(60), "SOON"));
      store.triageRecorded(triage(Area.NECK, NOW.minusSeconds(6000), "SOON"));
      store.triageRecorded(triage(null, NOW.minusSeconds(60), "SOON"));
    }

    List<HistoryRow> rows = rows(Area.NECK, NOW.minusSeconds(1000));

    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.area()).isEqualTo(Area.NECK));
    assertThat(rows)
        .extracting(HistoryRow::kind)
        .containsExactly(HistoryRow.Kind.SESSION, HistoryRow.Kind.TRIAGE);
  }

  @Test
  void should_skip_sessions_of_areas_a_newer_knots_knows_and_keep_their_checks_without_area()
      throws Exception {
    try (HistoryStore store = store()) {
      store.sessionStarted(start(Area.NECK, NOW.minusSeconds(50), 5));
      store.sessionStarted(start(Area.CALVES, NOW.minusSeconds(60), 5));
      store.triageRecorded(triage(Area.CALVES, NOW.minusSeconds(70), "SOON"));
      store.triageRecorded(
          new TriageRecord(Area.NECK, NOW.minusSeconds(80), "SOON", List.of(), Map.of()));
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + state.resolve(HistoryStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE sessions SET area = 'elbows' WHERE area = 'calves'");
      st.executeUpdate("UPDATE triages SET area = 'elbows' WHERE area = 'calves'");
    }

    List<HistoryRow> rows = rows(null, null);

    assertThat(rows)
        .extracting(HistoryRow::kind, HistoryRow::area)
        .containsExactly(
            tuple(HistoryRow.Kind.SESSION, Area.NECK),
            tuple(HistoryRow.Kind.TRIAGE, null),
            tuple(HistoryRow.Kind.TRIAGE, Area.NECK));
    assertThat(rows.get(2).answers()).isEmpty();
  }
}
