package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepTest {
  private static Step roll(int seconds, int passes) {
    return new Step(
        "roll", Kind.FOAM_ROLL, "", Sides.BOTH, Duration.ofSeconds(seconds), passes, null, "");
  }

  @Test
  void should_keep_a_rolls_pace_when_its_time_changes() {
    Step written = roll(90, 8);

    assertThat(written.withDuration(Duration.ofSeconds(45)).passes()).isEqualTo(4);
    assertThat(written.withDuration(Duration.ofSeconds(180)).passes()).isEqualTo(16);
    // 16 s at 11.25 s a pass: one pass, slower rather than faster
    assertThat(written.withDuration(Duration.ofSeconds(16)).passes()).isEqualTo(1);
    assertThat(written.withDuration(Duration.ofSeconds(5)).passes()).isEqualTo(1);
    // 22 s: one pass of 22 s, not two of 11 (faster than written)
    assertThat(written.withDuration(Duration.ofSeconds(22)).passes()).isEqualTo(1);
  }

  @Test
  void should_leave_a_step_without_pace_unpaced() {
    assertThat(roll(60, 0).withDuration(Duration.ofSeconds(30)).passesIfPaced()).isEmpty();
  }
}
