package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines a session shows before its countdown, as a person reads them. */
class SessionIntroTest {
  private static final SessionPlan TWO_MINUTES =
      SessionPlan.of(Steps.routine(List.of(Steps.step("a", 60), Steps.step("b", 60))));

  @Test
  void should_announce_the_time_the_clock_will_run_lead_ins_included() {
    assertThat(lines(TWO_MINUTES, Duration.ofSeconds(15)).get(0)).endsWith("2 steps, about 3 min");
    assertThat(lines(TWO_MINUTES, Duration.ZERO).get(0)).endsWith("2 steps, about 2 min");
  }

  @Test
  void should_list_the_keys_only_when_they_can_be_read() {
    assertThat(SessionIntro.lines(TWO_MINUTES, true, Duration.ZERO, null, List.of(), Duration.ZERO))
        .last()
        .asString()
        .startsWith("Keys: space pause");
    assertThat(
            SessionIntro.lines(TWO_MINUTES, false, Duration.ZERO, null, List.of(), Duration.ZERO))
        .noneMatch(line -> line.startsWith("Keys:"));
  }

  @Test
  void should_say_when_the_limits_make_it_shorter_than_asked() {
    assertThat(
            SessionIntro.lines(
                TWO_MINUTES, false, Duration.ofMinutes(3), 5, List.of(), Duration.ZERO))
        .contains(
            "Shorter than the 5 min asked: a pressing step lasts at most 2 min a side, the others"
                + " 5 min.");
  }

  private static List<String> lines(SessionPlan plan, Duration leadIn) {
    return SessionIntro.lines(plan, false, Duration.ZERO, null, List.of(), leadIn);
  }
}
