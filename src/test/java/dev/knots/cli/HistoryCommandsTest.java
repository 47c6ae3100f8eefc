package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.knots.body.Area;
import dev.knots.history.Ending;
import dev.knots.history.HistoryRow;
import dev.knots.history.HistoryStore;
import dev.knots.history.SessionEnd;
import dev.knots.history.SessionStart;
import dev.knots.history.TriageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandsTest {
  @TempDir Path home;
  CliRun knots;
  // the commands read this clock: records are placed relative to it
  final Instant now = Instant.parse("2026-11-20T10:15:30Z");

  @BeforeEach
  void setUp() {
    knots = new CliRun(home).clock(Clock.fixed(now, ZoneOffset.UTC));
  }

  Path state() {
    return home.resolve("state");
  }

  void session(Area area, int daysAgo, Integer before, Integer after, Ending ending, String why) {
    try (HistoryStore store = HistoryStore.open(state())) {
      long id =
          store.sessionStarted(
              new SessionStart(
                  area,
                  "basic, \"gentle\"",
                  "bundled",
                  now.minus(Duration.ofDays(daysAgo)),
                  "SELF_CARE",
                  List.of(),
                  List.of(),
                  before));
      store.sessionEnded(
          id, new SessionEnd(4, 1, 300, ending, after, ending == Ending.STOPPED, why));
    }
  }

  void triage(Area area, int daysAgo, String level, String fired) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("soon", "yes");
    answers.put(fired, "yes");
    answers.put("pain", "5");
    try (HistoryStore store = HistoryStore.open(state())) {
      store.triageRecorded(
          new TriageRecord(
              area, now.minus(Duration.ofDays(daysAgo)), level, List.of(fired), answers));
    }
  }

  @Nested
  class History {
    @Test
    void should_say_so_when_nothing_is_recorded() {
      CliRun.Result r = knots.run("history");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).startsWith("No records yet.");
    }

    @Test
    void should_list_sessions_and_checks_newest_first_within_80_columns() {
      session(Area.NECK, 3, 6, 4, Ending.COMPLETED, null);
      session(Area.LOWER_BACK, 1, 5, null, Ending.STOPPED, "sharp pain");
      triage(Area.NECK, 2, "SOON", "radiating-pain");
      CliRun.Result r = knots.run("history");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).startsWith("WHEN").contains("AREA", "PAIN", "ENDED");
      assertThat(lines.get(1)).contains("lower-back", "5->?", "stopped");
      assertThat(lines.get(2)).contains("neck", "(safety check)", "SOON");
      assertThat(lines.get(3)).contains("neck", "6->4", "completed");
      assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void should_filter_by_area_and_since() {
      session(Area.NECK, 20, 6, 4, Ending.COMPLETED, null);
      session(Area.NECK, 3, 5, 4, Ending.COMPLETED, null);
      session(Area.CALVES, 3, 5, 4, Ending.COMPLETED, null);
      CliRun.Result r = knots.run("history", "--area", "NECK", "--since", "14d");
      assertThat(r.out().lines().count()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).contains("5->4").doesNotContain("6->4").doesNotContain("calves");
    }

    @Test
    void should_print_json_with_stable_field_names() throws Exception {
      session(Area.NECK, 1, 6, null, Ending.QUIT, null);
      triage(Area.NECK, 2, "SOON", "radiating-pain");
      CliRun.Result r = knots.run("history", "--format", "json");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      JsonNode list = new ObjectMapper().readTree(r.out());
      assertThat(list.isArray()).isTrue();
      assertThat(list).hasSize(2);
      JsonNode s = list.get(0);
      assertThat(s.get("kind").asText()).isEqualTo("session");
      assertThat(s.get("area").asText()).isEqualTo("neck");
      assertThat(s.get("painBefore").asInt()).isEqualTo(6);
      assertThat(s.get("painAfter").isNull()).isTrue();
      assertThat(s.get("ending").asText()).isEqualTo("QUIT");
      JsonNode t = list.get(1);
      assertThat(t.get("kind").asText()).isEqualTo("triage");
      assertThat(t.get("fired").get(0).asText()).isEqualTo("radiating-pain");
      assertThat(t.get("answers").get("pain").asText()).isEqualTo("5");
      List<String> names = new ArrayList<>();
      s.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(HistoryRow.FIELDS);
    }

    @Test
    void should_print_rfc_4180_csv() {
      session(Area.NECK, 1, 6, 3, Ending.STOPPED, "it hurt, a lot");
      CliRun.Result r = knots.run("history", "--format", "csv");
      assertThat(r.out()).startsWith(String.join(",", HistoryRow.FIELDS) + "\r\n");
      String row = r.out().split("\r\n")[1];
      assertThat(row)
          .startsWith("session,1,")
          .contains(",neck,\"basic, \"\"gentle\"\"\",bundled,SELF_CARE,")
          .contains(",\"it hurt, a lot\",");
      assertThat(r.out()).endsWith("\r\n");
    }

    @Test
    void should_reject_a_bad_since_and_an_unknown_area_as_usage_errors() {
      CliRun.Result since = knots.run("history", "--since", "yesterday");
      assertThat(since.exitCode()).isEqualTo(2);
      assertThat(since.err()).contains("--since takes").doesNotContain("Exception");
      CliRun.Result area = knots.run("history", "--area", "nek");
      assertThat(area.exitCode()).isEqualTo(2);
      assertThat(area.err()).contains("did you mean 'neck'?");
      assertThat(knots.run("history", "--area", "../../etc").exitCode()).isEqualTo(2);
    }

    @Test
    void should_fail_with_one_line_and_exit_1_when_the_database_is_corrupt() throws Exception {
      Files.createDirectories(state());
      Files.writeString(state().resolve("history.db"), "not a database ".repeat(300));
      CliRun.Result r = knots.run("history");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.err())
          .startsWith("knots: the history database ")
          .contains("mv '")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      CliRun.Result progress = knots.run("progress");
      assertThat(progress.exitCode()).isEqualTo(1);
      assertThat(progress.err().lines()).hasSize(1);
    }
  }

  @Nested
  class Forget {
    @Test
    void should_need_yes_without_a_terminal() {
      session(Area.NECK, 1, 6, 3, Ending.COMPLETED, null);
      CliRun.Result r = knots.run("history", "--forget");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("--yes");
      assertThat(knots.run("history").out()).contains("neck");
    }

    @Test
    void should_delete_one_area_with_yes() {
      session(Area.NECK, 1, 6, 3, Ending.COMPLETED, null);
      session(Area.CALVES, 1, 6, 3, Ending.COMPLETED, null);
      triage(Area.NECK, 1, "SOON", "radiating-pain");
      CliRun.Result r = knots.run("history", "--forget", "--area", "neck", "--yes");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("Deleted 1 session and 1 safety check.");
      assertThat(knots.run("history").out()).contains("calves").doesNotContain("neck");
    }

    @Test
    void should_ask_on_a_terminal_and_keep_everything_unless_told_yes() {
      session(Area.NECK, 1, 6, 3, Ending.COMPLETED, null);
      CliRun.Result no = knots.terminal(true, true).stdin("n\n").run("history", "--forget");
      assertThat(no.out()).contains("Delete 1 session and 0 safety checks (every area)?");
      assertThat(no.out()).contains("Nothing deleted.");
      CliRun.Result yes = knots.terminal(true, true).stdin("y\n").run("history", "--forget");
      assertThat(yes.out()).contains("Deleted 1 session");
      assertThat(knots.terminal(false, false).run("history").out()).startsWith("No records");
    }

    @Test
    void should_refuse_options_that_do_not_go_with_forget() {
      assertThat(knots.run("history", "--forget", "--yes", "--format", "json").exitCode())
          .isEqualTo(2);
      assertThat(knots.run("history", "--yes").exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Progress {
    @Test
    void should_draw_blocks_on_a_utf8_terminal_with_a_verdict() {
      session(Area.NECK, 20, 7, 5, Ending.COMPLETED, null);
      session(Area.NECK, 10, 5, 4, Ending.COMPLETED, null);
      session(Area.NECK, 1, 3, 2, Ending.COMPLETED, null);
      CliRun.Result r = knots.env("LANG", "en_GB.UTF-8").env("TERM", "xterm").run("progress");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out())
          .contains("neck: 3 sessions")
          .contains("before  ▆▅▃  7 → 3")
          .contains("verdict: getting better (pain 7 to 3)");
    }

    @Test
    void should_fall_back_to_numbers_on_a_dumb_terminal() {
      session(Area.CALVES, 9, 4, 4, Ending.COMPLETED, null);
      session(Area.CALVES, 1, 4, 4, Ending.COMPLETED, null);
      CliRun.Result r = knots.env("LANG", "en_GB.UTF-8").env("TERM", "dumb").run("progress");
      assertThat(r.out())
          .contains("pain before, oldest first: 4 4")
          .contains("sessions per week, last 8 weeks: 0 0 0 0 0 0 1 1")
          .contains("verdict: no change in 8 days (pain 4 to 4) - get it checked");
      assertThat(r.out()).doesNotContain("▁").doesNotContain("→");
    }

    @Test
    void should_show_only_the_area_asked_for() {
      session(Area.CALVES, 1, 4, 4, Ending.COMPLETED, null);
      CliRun.Result r = knots.run("progress", "--area", "neck");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).startsWith("No sessions recorded for neck yet.");
    }
  }

  @Nested
  class Report {
    @Test
    void should_summarise_outcomes_answers_trend_and_stops_in_markdown() {
      session(Area.NECK, 20, 6, 4, Ending.COMPLETED, null);
      session(Area.NECK, 2, 5, 5, Ending.STOPPED, "numb | tingling");
      triage(Area.NECK, 3, "SOON", "radiating-pain");
      CliRun.Result r = knots.run("report", "--area", "neck");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out())
          .startsWith("# knots report: neck")
          .contains("## neck")
          .contains("- Sessions: 2 from ")
          .contains("1 completed, 1 stopped for a warning sign")
          .contains("first 6, last 5")
          .contains(
              "| safety check | SOON | radiating-pain | soon=yes, radiating-pain=yes, pain=5 |")
          .contains("stopped: numb \\| tingling");
    }

    @Test
    void should_show_the_answers_given_at_the_start_of_a_session() {
      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("soon", "yes");
      answers.put("not-improving", "yes");
      answers.put("acknowledge", "yes");
      answers.put("pain", "4");
      try (HistoryStore store = HistoryStore.open(state())) {
        store.sessionStarted(
            new SessionStart(
                Area.CALVES,
                "calf-release",
                "bundled",
                now.minus(Duration.ofDays(1)),
                "SOON",
                List.of("not-improving"),
                List.of(),
                4,
                answers));
      }
      CliRun.Result r = knots.run("report");
      assertThat(r.out())
          .contains(
              "| session | SOON | not-improving | soon=yes, not-improving=yes, acknowledge=yes,"
                  + " pain=4 |");
    }

    @Test
    void should_write_the_file_readable_by_the_owner_only() throws Exception {
      session(Area.NECK, 2, 5, 3, Ending.COMPLETED, null);
      Path file = home.resolve("report.md");
      Files.writeString(file, "old");
      CliRun.Result r = knots.run("report", "--output", "report.md");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(Files.readString(file)).startsWith("# knots report");
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .isEqualTo("rw-------");
      }
    }

    @Test
    void should_fail_in_one_line_when_the_folder_does_not_exist() {
      CliRun.Result r = knots.run("report", "--output", "nowhere/report.md");
      assertThat(r.exitCode()).isEqualTo(ExitCode.IO_ERROR);
      assertThat(r.err())
          .startsWith("knots: cannot write the report to ")
          .contains("does not exist");
    }
  }
}
