package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "get into position" phase before each step and side, on the fake clock. */
class LeadInTest {
  private final FakeTicker ticker = new FakeTicker();

  private Countdown started(List<Step> steps, int leadInSeconds) {
    Countdown countdown =
        new Countdown(Phases.expand(steps, Duration.ofSeconds(leadInSeconds)), ticker);
    countdown.start();
    return countdown;
  }

  @Test
  void should_lead_into_the_first_step_before_its_clock_starts() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    assertThat(countdown.snapshot().phase().kind()).isEqualTo(PhaseKind.LEAD_IN);
    assertThat(countdown.snapshot().leftSeconds()).isEqualTo(5);
    ticker.advanceSeconds(5);
    countdown.update();
    assertThat(countdown.snapshot().phase().isWork()).isTrue();
    assertThat(countdown.snapshot().leftSeconds()).isEqualTo(30);
  }

  @Test
  void should_leave_the_lead_ins_out_at_zero_seconds_and_honour_a_step_s_own() {
    assertThat(Phases.expand(List.of(Steps.both("a", 30)), Duration.ZERO))
        .allMatch(Phase::isWork)
        .hasSize(2);
    Step own = Steps.step("a", 30);
    own =
        new Step(
            own.name(),
            own.kind(),
            "",
            Sides.NONE,
            own.duration(),
            0,
            null,
            "",
            null,
            Set.of(),
            "",
            Duration.ofSeconds(12));
    assertThat(Phases.expand(List.of(own), Duration.ZERO).get(0).durationNanos())
        .isEqualTo(12 * Countdown.SECOND);
  }

  @Test
  void should_count_every_side_and_every_lead_in_in_the_duration_the_overview_announces() {
    List<Step> steps = List.of(Steps.both("a", 30), Steps.step("b", 60));

    assertThat(Phases.duration(steps, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(135));
    assertThat(Phases.duration(steps, Duration.ZERO)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void should_start_the_step_at_once_when_space_is_pressed_in_the_lead_in() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    ticker.advanceSeconds(2);
    List<CountdownEvent> events = countdown.space();
    assertThat(countdown.state()).isEqualTo(Countdown.State.RUNNING);
    assertThat(countdown.snapshot().phase().isWork()).isTrue();
    assertThat(countdown.snapshot().leftNanos()).isEqualTo(30 * Countdown.SECOND);
    assertThat(events).extracting(CountdownEvent::type).contains(CountdownEvent.Type.PHASE_STARTED);
    assertThat(events.get(events.size() - 1).ledIn()).isTrue();
  }

  @Test
  void should_pause_with_space_once_the_step_runs() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    countdown.space();
    countdown.space();
    assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
  }

  @Test
  void should_hold_the_lead_in_while_paused() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    ticker.advanceSeconds(1);
    countdown.togglePause();
    ticker.advanceSeconds(60);
    countdown.update();
    assertThat(countdown.snapshot().phase().kind()).isEqualTo(PhaseKind.LEAD_IN);
    assertThat(countdown.snapshot().leftSeconds()).isEqualTo(4);
    countdown.togglePause();
    ticker.advanceSeconds(4);
    countdown.update();
    assertThat(countdown.snapshot().phase().isWork()).isTrue();
  }

  @Test
  void should_tick_once_on_each_of_the_last_three_seconds_of_a_lead_in() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    List<CountdownEvent> events = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ticker.advanceMillis(100);
      events.addAll(countdown.update());
    }
    assertThat(events)
        .extracting(CountdownEvent::type)
        .containsExactly(
            CountdownEvent.Type.LEAD_IN_TICK,
            CountdownEvent.Type.LEAD_IN_TICK,
            CountdownEvent.Type.LEAD_IN_TICK,
            CountdownEvent.Type.PHASE_COMPLETED,
            CountdownEvent.Type.PHASE_STARTED);
  }

  @Test
  void should_not_drift_over_a_hundred_phases_ticked_late() {
    Countdown countdown = started(Steps.many(50, 7), 5);
    assertThat(countdown.phases()).hasSize(100);
    Random random = new Random(7);
    long start = ticker.nanoTime();
    while (!countdown.finished()) {
      ticker.advanceMillis(1 + random.nextInt(1700));
      countdown.update();
    }
    assertThat(countdown.elapsedNanos()).isEqualTo(50L * (7 + 5) * Countdown.SECOND);
    assertThat(countdown.stepsDone()).isEqualTo(50);
    assertThat(ticker.nanoTime() - start).isGreaterThanOrEqualTo(countdown.elapsedNanos());
  }

  @Test
  void should_skip_the_side_a_lead_in_leads_into_on_next() {
    Countdown countdown = started(List.of(Steps.both("a", 30), Steps.step("b", 10)), 5);
    countdown.next();
    Snapshot s = countdown.snapshot();
    assertThat(s.phase().kind()).isEqualTo(PhaseKind.LEAD_IN);
    assertThat(s.phase().side()).isEqualTo(Sides.RIGHT);
  }

  @Test
  void should_come_back_paused_after_a_hold_and_lead_in_again_then_go_on_where_it_was() {
    Countdown countdown = started(List.of(Steps.step("a", 30)), 5);
    ticker.advanceSeconds(5 + 12);
    countdown.update();
    countdown.hold();
    ticker.advanceSeconds(11);
    countdown.update();
    assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
    assertThat(countdown.snapshot().leftSeconds()).isEqualTo(18);

    countdown.togglePause();
    assertThat(countdown.snapshot().phase().kind()).isEqualTo(PhaseKind.LEAD_IN);
    ticker.advanceSeconds(5);
    countdown.update();
    assertThat(countdown.snapshot().phase().isWork()).isTrue();
    assertThat(countdown.snapshot().leftSeconds()).isEqualTo(18);
    ticker.advanceSeconds(18);
    countdown.update();
    assertThat(countdown.finished()).isTrue();
    assertThat(countdown.stepsDone()).isEqualTo(1);
  }

  @Test
  void should_name_the_step_after_the_lead_in_s_own_as_next() {
    Countdown countdown = started(List.of(Steps.step("a", 30), Steps.step("b", 10)), 5);
    assertThat(countdown.snapshot().next().orElseThrow().step().name()).isEqualTo("b");
  }
}
