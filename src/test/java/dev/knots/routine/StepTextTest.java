package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepTextTest {
  private static Step roll(int seconds, int passes) {
    return new Step(
        "roll", Kind.FOAM_ROLL, "calf", Sides.BOTH, Duration.ofSeconds(seconds), passes, null, "");
  }

  @Test
  void should_count_passes_in_words_a_person_reads() {
    assertThat(StepText.describe(roll(75, 8)))
        .isEqualTo("foam-roll, calf, 1m15s each side, left then right, 8 passes (about 9s a pass)");
    assertThat(StepText.describe(roll(16, 1)))
        .isEqualTo("foam-roll, calf, 16s each side, left then right, 1 pass (about 16s a pass)");
  }
}
