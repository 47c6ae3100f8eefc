package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainTrendTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

  /** One session per given day-ago with the given pain before. */
  static List<SessionRecord> sessions(Area area, int[][] daysAgoAndPain) {
    List<SessionRecord> out = new ArrayList<>();
    for (int[] d : daysAgoAndPain) {
      out.add(SessionRecord.of(area, NOW.minus(Duration.ofDays(d[0])), d[1], null));
    }
    return out;
  }

  static boolean notImproving(Area area, int[]... daysAgoAndPain) {
    return PainTrend.of(area, sessions(area, daysAgoAndPain), NOW).notImproving();
  }

  @Test
  void should_fire_when_back_pain_has_not_come_down_over_14_days() {
    assertThat(notImproving(Area.LOWER_BACK, new int[] {15, 5}, new int[] {8, 5}, new int[] {1, 5}))
        .isTrue();
  }

  @Test
  void should_not_fire_before_14_days_for_the_back() {
    assertThat(notImproving(Area.LOWER_BACK, new int[] {13, 5}, new int[] {1, 5})).isFalse();
  }

  @Test
  void should_fire_after_7_days_for_the_legs() {
    assertThat(notImproving(Area.CALVES, new int[] {8, 4}, new int[] {1, 4})).isTrue();
    assertThat(notImproving(Area.CALVES, new int[] {6, 4}, new int[] {1, 4})).isFalse();
  }

  @Test
  void should_fire_when_pain_went_up() {
    assertThat(notImproving(Area.NECK, new int[] {20, 3}, new int[] {1, 7})).isTrue();
  }

  @Test
  void should_not_fire_when_pain_came_down_by_a_point() {
    assertThat(notImproving(Area.NECK, new int[] {20, 6}, new int[] {10, 5}, new int[] {1, 5}))
        .isFalse();
    assertThat(notImproving(Area.NECK, new int[] {20, 6}, new int[] {1, 5})).isFalse();
  }

  @Test
  void should_count_a_drop_of_less_than_a_point_as_not_come_down() {
    // first three average 6, last three 5.33: not a meaningful drop
    assertThat(
            notImproving(
                Area.NECK,
                new int[] {30, 6},
                new int[] {29, 6},
                new int[] {28, 6},
                new int[] {3, 6},
                new int[] {2, 5},
                new int[] {1, 5}))
        .isTrue();
  }

  @Test
  void should_not_fire_when_no_pain_is_left() {
    assertThat(notImproving(Area.NECK, new int[] {20, 0}, new int[] {1, 0})).isFalse();
  }

  @Test
  void should_ignore_sessions_older_than_six_weeks_and_unrated_ones() {
    assertThat(notImproving(Area.NECK, new int[] {60, 5}, new int[] {1, 5})).isFalse();
    List<SessionRecord> unrated =
        List.of(
            SessionRecord.of(Area.NECK, NOW.minus(Duration.ofDays(20)), null, null),
            SessionRecord.of(Area.NECK, NOW.minus(Duration.ofDays(1)), 5, null));
    assertThat(PainTrend.of(Area.NECK, unrated, NOW).notImproving()).isFalse();
  }

  @Test
  void should_only_look_at_the_area_asked_about() {
    List<SessionRecord> other = sessions(Area.CALVES, new int[][] {{20, 5}, {1, 5}});
    assertThat(PainTrend.of(Area.NECK, other, NOW).notImproving()).isFalse();
  }

  @Test
  void should_give_a_verdict_people_can_act_on() {
    assertThat(verdict(Area.NECK)).isEqualTo("no pain ratings in the last 6 weeks");
    assertThat(verdict(Area.NECK, new int[] {1, 5})).contains("too early");
    assertThat(verdict(Area.NECK, new int[] {22, 5}, new int[] {1, 5}))
        .isEqualTo("no change in 3 weeks (pain 5 to 5) - get it checked");
    assertThat(verdict(Area.NECK, new int[] {22, 3}, new int[] {1, 6}))
        .startsWith("getting worse over 3 weeks")
        .endsWith("get it checked");
    assertThat(verdict(Area.NECK, new int[] {10, 6}, new int[] {1, 3}))
        .isEqualTo("getting better (pain 6 to 3)");
    assertThat(verdict(Area.NECK, new int[] {5, 4}, new int[] {1, 4})).contains("no clear change");
    assertThat(verdict(Area.NECK, new int[] {5, 3}, new int[] {1, 6})).startsWith("pain going up");
  }

  static String verdict(Area area, int[]... daysAgoAndPain) {
    return Verdict.of(PainTrend.of(area, sessions(area, daysAgoAndPain), NOW));
  }
}
