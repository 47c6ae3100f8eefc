package dev.knots.history;

import static dev.knots.history.Fixtures.completed;
import static dev.knots.history.Fixtures.start;
import static dev.knots.history.Fixtures.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.knots.body.Area;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

class HistoryStoreTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path home;

  Path state() {
    return home.resolve("state");
  }

  @Test
  void should_not_create_anything_before_the_first_call_that_needs_the_database() {
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThat(store.file()).isEqualTo(state().resolve("history.db"));
      assertThat(state()).doesNotExist();
    }
  }

  @Test
  void should_read_back_a_started_and_ended_session() {
    try (HistoryStore store = HistoryStore.open(state(), CLOCK)) {
      long id = store.sessionStarted(start(Area.NECK, NOW.minusSeconds(700), 6));
      store.sessionEnded(
          id, new SessionEnd(5, 2, 640, Ending.STOPPED, null, true, "sharp pain on the left"));
      List<SessionRecord> sessions = store.sessions(null, null);
      assertThat(sessions).hasSize(1);
      SessionRecord s = sessions.get(0);
      assertThat(s.id()).isEqualTo(id);
      assertThat(s.area()).isEqualTo(Area.NECK);
      assertThat(s.routineName()).isEqualTo("basic");
      assertThat(s.routineOrigin()).isEqualTo("bundled");
      assertThat(s.precautions()).containsExactly("blood-thinners");
      assertThat(s.painBefore()).isEqualTo(6);
      assertThat(s.painAfter()).isNull();
      assertThat(s.feltWarningSigns()).isTrue();
      assertThat(s.ending()).isEqualTo(Ending.STOPPED);
      assertThat(s.stopReason()).isEqualTo("sharp pain on the left");
      assertThat(s.stepsDone()).isEqualTo(5);
      assertThat(s.stepsSkipped()).isEqualTo(2);
      assertThat(s.seconds()).isEqualTo(640);
      assertThat(s.endedAt()).isEqualTo(NOW);
    }
  }

  @Test
  void should_filter_by_area_and_time_newest_first() {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionStarted(start(Area.NECK, NOW.minus(Duration.ofDays(20)), 6));
      store.sessionStarted(start(Area.NECK, NOW.minus(Duration.ofDays(2)), 5));
      store.sessionStarted(start(Area.NECK, NOW.minus(Duration.ofDays(1)), 4));
      store.sessionStarted(start(Area.CALVES, NOW.minus(Duration.ofDays(1)), 4));
      List<SessionRecord> found = store.sessions(Area.NECK, NOW.minus(Duration.ofDays(14)));
      assertThat(found).extracting(SessionRecord::painBefore).containsExactly(4, 5);
      assertThat(store.sessions(null, null)).hasSize(4);
    }
  }

  @Test
  void should_keep_triage_answers_in_the_order_given() {
    try (HistoryStore store = HistoryStore.open(state())) {
      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("soon", "yes");
      answers.put("radiating-pain", "yes");
      answers.put("acknowledge", "yes");
      answers.put("pain", "5");
      store.triageRecorded(
          new TriageRecord(Area.LOWER_BACK, NOW, "SOON", List.of("radiating-pain"), answers));
      store.triageRecorded(
          new TriageRecord(null, NOW.plusSeconds(1), "SELF_CARE", List.of(), answers));
      List<TriageEntry> found = store.triages(null, null);
      assertThat(found).hasSize(2);
      assertThat(found.get(0).triage().area()).isNull();
      TriageRecord t = found.get(1).triage();
      assertThat(t.level()).isEqualTo("SOON");
      assertThat(t.firedIds()).containsExactly("radiating-pain");
      assertThat(t.answers().keySet())
          .containsExactly("soon", "radiating-pain", "acknowledge", "pain");
    }
  }

  @Test
  void should_create_the_folder_0700_and_every_database_file_0600() throws IOException {
    assumeThat(home.getFileSystem().supportedFileAttributeViews()).contains("posix");
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionStarted(start(Area.NECK, NOW, 3));
      assertThat(permissions(state())).isEqualTo("rwx------");
      List<Path> files;
      try (var list = Files.list(state())) {
        files = list.toList();
      }
      assertThat(files)
          .extracting(p -> p.getFileName().toString())
          .contains("history.db", "history.db-wal", "history.db-shm");
      for (Path f : files) {
        assertThat(permissions(f)).as(f.toString()).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void should_use_wal_and_record_the_schema_version() throws Exception {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.check();
    }
    try (Connection c = raw();
        Statement st = c.createStatement()) {
      assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(single(st, "PRAGMA user_version")).isEqualTo(String.valueOf(Schema.latest()));
    }
  }

  @Test
  void should_refuse_a_database_from_a_newer_knots_with_one_line() throws Exception {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.check();
    }
    try (Connection c = raw();
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("newer knots")
          .hasMessageContaining(store.file().toString())
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void should_mark_sessions_of_dead_processes_as_ended_unexpectedly_on_the_next_open() {
    try (HistoryStore store = HistoryStore.open(state(), Fixtures.allOthersDead(), CLOCK)) {
      store.sessionStarted(start(Area.NECK, NOW, 3));
    }
    try (HistoryStore next = HistoryStore.open(state(), Fixtures.allOthersDead(), CLOCK)) {
      assertThat(next.sessions(null, null))
          .extracting(SessionRecord::ending)
          .containsExactly(Ending.ENDED_UNEXPECTEDLY);
    }
  }

  @Test
  void should_leave_running_sessions_of_live_processes_open() {
    try (HistoryStore first = HistoryStore.open(state())) {
      first.sessionStarted(start(Area.NECK, NOW, 3));
      try (HistoryStore second = HistoryStore.open(state())) {
        assertThat(second.sessions(null, null))
            .extracting(SessionRecord::ending)
            .containsOnlyNulls();
      }
    }
  }

  @Test
  void should_report_a_corrupt_file_in_one_line_with_how_to_move_it_aside() throws IOException {
    Files.createDirectories(state());
    Files.writeString(
        state().resolve("history.db"),
        "this is not a database at all, ".repeat(200),
        StandardCharsets.UTF_8);
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(() -> store.sessions(null, null))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("is damaged or not a database")
          .hasMessageContaining(
              "mv '"
                  + store.file()
                  + "' '"
                  + store.file()
                  + ".broken-"
                  + LocalDate.now(ZoneOffset.UTC)
                  + "'")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void should_report_a_state_folder_that_cannot_be_created() throws IOException {
    Files.writeString(state(), "a file where the folder should be");
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .isInstanceOf(HistoryException.class)
          .hasMessageStartingWith("cannot create the history folder " + state().toAbsolutePath())
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void should_report_a_read_only_folder() throws IOException {
    assumeThat(home.getFileSystem().supportedFileAttributeViews()).contains("posix");
    assumeThat(System.getProperty("user.name")).as("root ignores permissions").isNotEqualTo("root");
    Files.createDirectories(state());
    Files.setPosixFilePermissions(state(), PosixFilePermissions.fromString("r-x------"));
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("permission denied");
    } finally {
      Files.setPosixFilePermissions(state(), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void should_record_every_session_of_three_concurrent_writers() throws Exception {
    int perWriter = 40;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        Area area = Area.values()[w];
        Callable<Integer> writer =
            () -> {
              try (HistoryStore store = HistoryStore.open(state())) {
                for (int i = 0; i < perWriter; i++) {
                  long id = store.sessionStarted(start(area, NOW.plusSeconds(i), 4));
                  store.sessionEnded(id, completed(3));
                  store.triageRecorded(triage(area, NOW.plusSeconds(i), "SELF_CARE"));
                }
              }
              return perWriter;
            };
        results.add(pool.submit(writer));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get()).isEqualTo(perWriter);
      }
    } finally {
      pool.shutdownNow();
    }
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThat(store.sessions(null, null)).hasSize(3 * perWriter);
      assertThat(store.sessions(null, null))
          .extracting(SessionRecord::ending)
          .containsOnly(Ending.COMPLETED);
      assertThat(store.triages(null, null)).hasSize(3 * perWriter);
    }
  }

  @Test
  void should_migrate_a_version_1_database_forward_and_keep_its_rows() throws Exception {
    Files.createDirectories(state());
    try (Connection c = raw();
        Statement st = c.createStatement()) {
      for (String sql : Schema.MIGRATIONS.get(0)) {
        st.execute(sql);
      }
      st.execute("PRAGMA user_version = 1");
      st.execute(
          "INSERT INTO sessions (area, routine, origin, started_at, triage_level, fired,"
              + " precautions, pain_before, ending) VALUES ('neck', 'old', 'bundled', 0,"
              + " 'SELF_CARE', '', '', 4, 'COMPLETED')");
    }
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThat(store.sessions(null, null))
          .singleElement()
          .satisfies(s -> assertThat(s.routineName()).isEqualTo("old"));
      long id =
          store.sessionStarted(
              new SessionStart(
                  Area.NECK,
                  "new",
                  "bundled",
                  NOW,
                  "SOON",
                  List.of("radiating-pain"),
                  List.of(),
                  5,
                  new LinkedHashMap<>(Map.of("radiating-pain", "yes"))));
      assertThat(store.sessionAnswers(Area.NECK, null))
          .containsOnlyKeys(id)
          .containsEntry(id, Map.of("radiating-pain", "yes"));
    }
    try (Connection c = raw();
        Statement st = c.createStatement()) {
      assertThat(single(st, "PRAGMA user_version")).isEqualTo(String.valueOf(Schema.latest()));
    }
  }

  @Test
  void should_forget_one_area_and_keep_the_others() {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionStarted(start(Area.NECK, NOW, 3));
      store.sessionStarted(start(Area.CALVES, NOW, 3));
      store.triageRecorded(triage(Area.NECK, NOW, "SOON", "not-improving"));
      assertThat(store.count(Area.NECK)).isEqualTo(new HistoryStore.Counts(1, 1));
      assertThat(store.forget(Area.NECK)).isEqualTo(new HistoryStore.Counts(1, 1));
      assertThat(store.sessions(null, null))
          .extracting(SessionRecord::area)
          .containsExactly(Area.CALVES);
      assertThat(store.forget(null)).isEqualTo(new HistoryStore.Counts(1, 0));
      assertThat(store.count(null)).isEqualTo(new HistoryStore.Counts(0, 0));
    }
  }

  @Test
  void should_leave_no_trace_of_forgotten_text_in_the_files() throws IOException {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionEnded(
          store.sessionStarted(start(Area.NECK, NOW, 3)),
          new SessionEnd(1, 0, 10, Ending.STOPPED, 8, true, "zebra-secret-reason"));
      store.forget(null);
    }
    try (var files = Files.list(state())) {
      for (Path f : files.toList()) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain("zebra-secret-reason");
      }
    }
  }

  @Test
  void should_answer_the_history_facts_for_triage() {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionStarted(start(Area.NECK, NOW.minus(Duration.ofDays(15)), 5));
      store.sessionStarted(start(Area.NECK, NOW.minus(Duration.ofDays(1)), 5));
      store.triageRecorded(
          triage(Area.NECK, NOW.minus(Duration.ofDays(3)), "SOON", "radiating-pain"));
      assertThat(store.notImproving(Area.NECK, NOW)).isTrue();
      assertThat(store.notImproving(Area.CALVES, NOW)).isFalse();
      // the session a day ago ended triage at SELF_CARE: it is the last triage of the area
      assertThat(store.lastAdvice(Area.NECK, NOW)).isEmpty();
      assertThat(store.lastAdvice(Area.NECK, NOW.minus(Duration.ofDays(2))))
          .hasValueSatisfying(a -> assertThat(a.level()).isEqualTo("SOON"));
    }
  }

  @Test
  void should_count_todays_pain_rating_as_a_session_now() {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.sessionStarted(start(Area.LOWER_BACK, NOW.minus(Duration.ofDays(15)), 6));
      assertThat(store.notImproving(Area.LOWER_BACK, NOW)).isFalse();
      assertThat(store.notImproving(Area.LOWER_BACK, NOW, 6)).isTrue();
      assertThat(store.notImproving(Area.LOWER_BACK, NOW, 3)).isFalse();
    }
  }

  private static String permissions(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private Connection raw() throws Exception {
    return new JDBC().connect("jdbc:sqlite:" + state().resolve("history.db"), new Properties());
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
