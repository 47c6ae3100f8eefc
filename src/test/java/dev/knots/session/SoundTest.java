package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoundTest {
  private final FakeTicker ticker = new FakeTicker();

  private List<Sound> sounds(Duration leadIn, Sound.Level level) {
    Countdown countdown =
        new Countdown(
            Phases.expand(List.of(Steps.both("a", 10), Steps.step("b", 10)), leadIn), ticker);
    List<CountdownEvent> events = new ArrayList<>(countdown.start());
    while (!countdown.finished()) {
      ticker.advanceMillis(250);
      events.addAll(countdown.update());
    }
    return events.stream().map(e -> Sound.of(e, level)).filter(s -> s != Sound.NONE).toList();
  }

  @Test
  void should_ring_once_at_a_start_twice_at_a_switch_three_times_at_the_end_and_tick_a_lead_in() {
    Sound t = Sound.TICK;
    assertThat(sounds(Duration.ofSeconds(5), Sound.Level.FULL))
        .containsExactly(
            t,
            t,
            t,
            Sound.START,
            Sound.SWITCH_SIDES,
            t,
            t,
            t,
            Sound.START,
            t,
            t,
            t,
            Sound.START,
            Sound.END);
    assertThat(Sound.END.rings()).isEqualTo(3);
    assertThat(Sound.SWITCH_SIDES.rings()).isEqualTo(2);
  }

  @Test
  void should_ring_the_switch_at_the_right_side_s_start_without_lead_ins() {
    assertThat(sounds(Duration.ZERO, Sound.Level.FULL))
        .containsExactly(Sound.START, Sound.SWITCH_SIDES, Sound.START, Sound.END);
  }

  @Test
  void should_keep_only_the_start_rings_when_minimal_and_nothing_when_off() {
    assertThat(sounds(Duration.ofSeconds(5), Sound.Level.MINIMAL))
        .containsExactly(Sound.START, Sound.START, Sound.START);
    assertThat(sounds(Duration.ofSeconds(5), Sound.Level.OFF)).isEmpty();
  }
}
