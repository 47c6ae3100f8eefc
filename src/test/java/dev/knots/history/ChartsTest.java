package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  @Test
  void should_draw_pain_as_blocks_from_lowest_to_highest() {
    assertThat(Charts.painLine(Arrays.asList(0, 5, 10, null), true)).isEqualTo("▁▅█·");
  }

  @Test
  void should_fall_back_to_numbers_when_blocks_cannot_show() {
    assertThat(Charts.painLine(Arrays.asList(0, 5, 10, null), false)).isEqualTo("0 5 10 -");
    assertThat(Charts.countLine(new int[] {0, 2, 4}, false)).isEqualTo("0 2 4");
  }

  @Test
  void should_scale_counts_to_the_largest_and_leave_empty_weeks_blank() {
    assertThat(Charts.countLine(new int[] {0, 1, 4}, true)).isEqualTo(" ▃█");
  }

  @Test
  void should_count_sessions_in_rolling_weeks_oldest_first() {
    Instant now = Instant.parse("2026-11-25T18:00:00Z");
    List<Instant> starts =
        List.of(
            now.minus(Duration.ofDays(1)),
            now.minus(Duration.ofDays(6)),
            now.minus(Duration.ofDays(8)),
            now.minus(Duration.ofDays(40)),
            now.plus(Duration.ofDays(1)));
    assertThat(Weeks.counts(starts, now, 3)).containsExactly(0, 1, 2);
  }
}
