package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the report the golden files do not reach: nothing to show, and long lists. */
class ClinicianReportTest {
  static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
  static final Instant FROM = NOW.minus(Duration.ofDays(90));

  private static String report(List<SessionRecord> sessions, List<TriageEntry> triages) {
    return new ClinicianReport(null, FROM, true, NOW, ZoneOffset.UTC, sessions, triages, Map.of())
        .markdown();
  }

  @Test
  void should_say_so_when_the_period_holds_nothing() {
    assertThat(report(List.of(), List.of()))
        .startsWith("# knots report\n\nRecords since 2026-08-22 (the last 90 days;")
        .endsWith("\nNo sessions or safety checks recorded in this period.\n");
  }

  @Test
  void should_write_a_change_that_rounds_to_zero_without_a_sign() {
    assertThat(ReportText.signed(-0.0)).isEqualTo("0.0");
    assertThat(ReportText.signed(0.0)).isEqualTo("0.0");
    assertThat(ReportText.signed(-0.04)).isEqualTo("0.0");
    assertThat(ReportText.signed(0.04)).isEqualTo("0.0");
    assertThat(ReportText.signed(-1.5)).isEqualTo("-1.5");
    assertThat(ReportText.signed(0.5)).isEqualTo("+0.5");
  }

  @Test
  void should_write_no_negative_zero_for_a_mean_change_of_nothing() {
    Instant at = NOW.minus(Duration.ofDays(1));
    SessionRecord same = SessionRecord.of(Area.CALVES, at, 4, 4);

    assertThat(report(List.of(same), List.of()))
        .contains("(mean change in a session 0.0)")
        .doesNotContain("-0.0");
  }

  @Test
  void should_keep_stored_text_from_breaking_a_table_cell_or_driving_the_terminal() {
    assertThat(ReportText.cell("a|b\\|c\n| d\te\u001B[2J é"))
        .isEqualTo("a\\|b\\\\\\|c \\| d e\uFFFD[2J é");
  }

  @Test
  void should_put_each_stop_of_odd_text_on_one_table_row() {
    Instant at = NOW.minus(Duration.ofDays(1));
    SessionRecord stopped =
        new SessionRecord(
            1,
            Area.NECK,
            "evil\u001B]0;title\u0007\nname|x",
            "bundled",
            at,
            "SELF_CARE",
            List.of(),
            List.of(),
            5,
            at,
            3,
            0,
            60L,
            Ending.STOPPED,
            5,
            false,
            "sharp\r\n| pain\t\\");

    String md = report(List.of(stopped), List.of());

    assertThat(md).doesNotContain("\u001B", "\u0007", "\t", "\r");
    assertThat(md.lines().filter(l -> l.startsWith("| 2026-11-19 |")))
        .containsExactly(
            "| 2026-11-19 | evil\uFFFD]0;title\uFFFD name\\|x | stopped: sharp \\| pain \\\\ |");
  }

  @Test
  void should_show_the_latest_twenty_stops_and_checks_and_count_the_earlier_ones() {
    List<SessionRecord> sessions = new ArrayList<>();
    List<TriageEntry> triages = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      Instant at = NOW.minus(Duration.ofDays(i + 1));
      sessions.add(
          new SessionRecord(
              i,
              Area.NECK,
              "basic",
              "bundled",
              at,
              "SELF_CARE",
              List.of(),
              List.of(),
              5,
              at,
              3,
              0,
              60L,
              Ending.STOPPED,
              5,
              false,
              "stop " + i));
      triages.add(new TriageEntry(i, new TriageRecord(Area.NECK, at, "SOON", List.of(), Map.of())));
    }

    String md = report(sessions, triages);

    assertThat(md)
        .contains("| ... | | | | 3 earlier ones |\n")
        .contains("| ... | | 3 earlier ones |\n")
        .contains("- Pain before, oldest first (last 20): ")
        .contains("stopped: stop 0 |")
        .doesNotContain("stopped: stop 20 |");
  }
}
