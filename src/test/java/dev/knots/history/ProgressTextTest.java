package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the golden files of {@code progress} do not reach: nothing to show, and long series. */
class ProgressTextTest {
  static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

  private static String text(List<SessionRecord> sessions, Area area, boolean unicode) {
    return new ProgressText(area, sessions, NOW, ZoneOffset.UTC, unicode, "\n").text();
  }

  @Test
  void should_say_how_to_start_when_there_are_no_sessions() {
    assertThat(text(List.of(), null, true))
        .isEqualTo(
            "No sessions recorded yet. Run 'knots session --area AREA' and come back after a few"
                + " sessions.\n");
    assertThat(text(List.of(), Area.FEET, false))
        .startsWith("No sessions recorded for feet yet. Run 'knots session --area feet'");
  }

  @Test
  void should_chart_the_latest_forty_sessions_or_list_the_latest_twenty() {
    List<SessionRecord> sessions = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      sessions.add(SessionRecord.of(Area.CALVES, NOW.minus(Duration.ofDays(i)), i % 11, null));
    }

    assertThat(text(sessions, null, true))
        .startsWith("calves: 45 sessions, 2026-10-07 to 2026-11-20\n")
        .contains("  pain 0-10 per session, oldest first (last 40 sessions)\n");
    assertThat(text(sessions, null, false))
        .contains("  pain before, oldest first (last 20 sessions): ")
        .contains("  pain after: " + "- ".repeat(19) + "-\n");
  }
}
