package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastAdviceRuleTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

  static TriageEntry triage(Area area, int daysAgo, String level) {
    return new TriageEntry(
        1, Fixtures.triage(area, NOW.minus(Duration.ofDays(daysAgo)), level, "radiating-pain"));
  }

  @Test
  void should_follow_up_a_soon_outcome_of_less_than_14_days() {
    assertThat(LastAdviceRule.of(Area.NECK, List.of(), List.of(triage(Area.NECK, 13, "SOON")), NOW))
        .hasValueSatisfying(
            a -> {
              assertThat(a.level()).isEqualTo("SOON");
              assertThat(a.firedIds()).containsExactly("radiating-pain");
            });
  }

  @Test
  void should_not_follow_up_after_14_days_or_another_area() {
    assertThat(
            LastAdviceRule.of(Area.NECK, List.of(), List.of(triage(Area.NECK, 14, "URGENT")), NOW))
        .isEmpty();
    assertThat(
            LastAdviceRule.of(Area.NECK, List.of(), List.of(triage(Area.CALVES, 1, "SOON")), NOW))
        .isEmpty();
  }

  @Test
  void should_take_the_latest_triage_whether_from_a_session_or_a_quiz() {
    SessionRecord laterSelfCare = SessionRecord.of(Area.NECK, NOW.minus(Duration.ofDays(1)), 3, 2);
    assertThat(
            LastAdviceRule.of(
                Area.NECK, List.of(laterSelfCare), List.of(triage(Area.NECK, 5, "SOON")), NOW))
        .isEmpty();
    assertThat(
            LastAdviceRule.of(
                Area.NECK,
                List.of(SessionRecord.of(Area.NECK, NOW.minus(Duration.ofDays(9)), 3, 2)),
                List.of(triage(Area.NECK, 5, "EMERGENCY")),
                NOW))
        .hasValueSatisfying(a -> assertThat(a.level()).isEqualTo("EMERGENCY"));
  }

  @Test
  void should_treat_an_unknown_level_as_advice() {
    assertThat(Levels.advisesCare("SELF_CARE")).isFalse();
    assertThat(Levels.advisesCare("self_care")).isFalse();
    assertThat(Levels.advisesCare("SOON")).isTrue();
    assertThat(Levels.advisesCare("SOMETHING_NEW")).isTrue();
  }
}
