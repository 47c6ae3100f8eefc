package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopAdviceTest {
  @Test
  void should_name_the_configured_emergency_number() {
    assertThat(String.join("\n", StopAdvice.forReason(StopReason.DIZZINESS, "999")))
        .contains("(999;")
        .contains("Sit or lie down");
    assertThat(String.join("\n", StopAdvice.forReason(StopReason.SHARP_PAIN)))
        .contains("(112;")
        .contains("Take the pressure off");
  }
}
