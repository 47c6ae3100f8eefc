package dev.knots.session;

import static dev.knots.session.Countdown.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountdownTest {
  private final FakeTicker ticker = new FakeTicker();

  private Countdown started(List<Step> steps) {
    // these tests are about the work phases: no lead-ins (LeadInTest has those)
    Countdown countdown = new Countdown(Phases.expand(steps, Duration.ZERO), ticker);
    countdown.start();
    return countdown;
  }

  private static List<CountdownEvent.Type> types(List<CountdownEvent> events) {
    return events.stream().map(CountdownEvent::type).toList();
  }

  @Nested
  class Timing {
    @Test
    void should_last_exactly_the_sum_of_steps_when_1000_steps_are_ticked_late_and_unevenly() {
      Countdown countdown = started(Steps.many(1000, 7));
      Random random = new Random(42);
      int ticks = 0;
      while (!countdown.finished()) {
        // a late, uneven tick: whatever the runner's wake-ups, deadlines decide
        ticker.advanceNanos(countdown.nanosUntilNextTick() + random.nextInt(300_000_000));
        countdown.update();
        ticks++;
      }
      assertThat(countdown.elapsedNanos()).isEqualTo(7000 * SECOND);
      assertThat(countdown.stepsDone()).isEqualTo(1000);
      assertThat(countdown.stepsSkipped()).isZero();
      assertThat(ticks).isGreaterThan(1000);
    }

    @Test
    void should_be_exact_to_the_millisecond_when_ticked_every_millisecond_through_1000_steps() {
      Countdown countdown = started(Steps.many(1000, 5));
      long millis = 0;
      while (!countdown.finished()) {
        ticker.advanceMillis(1);
        millis++;
        countdown.update();
      }
      assertThat(millis).isEqualTo(5_000_000);
      assertThat(countdown.elapsedNanos()).isEqualTo(5000 * SECOND);
    }

    @Test
    void should_finish_every_phase_at_once_when_the_clock_jumps_past_the_end() {
      Countdown countdown = started(List.of(Steps.step("a", 5), Steps.both("b", 10)));
      ticker.advanceSeconds(3600);
      List<CountdownEvent> events = countdown.update();
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.elapsedNanos()).isEqualTo((5 + 10 + 10) * SECOND);
      assertThat(types(events)).last().isEqualTo(CountdownEvent.Type.FINISHED);
      assertThat(countdown.stepsDone()).isEqualTo(2);
    }

    @Test
    void should_show_whole_seconds_rounded_up_and_wake_when_they_change() {
      Countdown countdown = started(List.of(Steps.step("a", 10)));
      assertThat(countdown.snapshot().leftSeconds()).isEqualTo(10);
      assertThat(countdown.nanosUntilNextTick()).isEqualTo(SECOND);
      ticker.advanceMillis(300);
      assertThat(countdown.snapshot().leftSeconds()).isEqualTo(10);
      assertThat(countdown.nanosUntilNextTick()).isEqualTo(700_000_000L);
      ticker.advanceMillis(700);
      assertThat(countdown.snapshot().leftSeconds()).isEqualTo(9);
    }

    @Test
    void should_warn_once_three_seconds_before_a_phase_ends() {
      Countdown countdown = started(List.of(Steps.step("a", 10), Steps.step("b", 10)));
      ticker.advanceSeconds(6);
      assertThat(types(countdown.update())).isEmpty();
      ticker.advanceSeconds(1);
      assertThat(types(countdown.update())).containsExactly(CountdownEvent.Type.WARNING);
      ticker.advanceSeconds(1);
      assertThat(types(countdown.update())).isEmpty();
      ticker.advanceSeconds(2);
      assertThat(types(countdown.update()))
          .containsExactly(CountdownEvent.Type.PHASE_COMPLETED, CountdownEvent.Type.PHASE_STARTED);
    }

    @Test
    void should_report_the_routine_position_as_it_goes() {
      Countdown countdown = started(List.of(Steps.step("a", 10), Steps.step("b", 30)));
      ticker.advanceSeconds(20);
      countdown.update();
      Snapshot snapshot = countdown.snapshot();
      assertThat(snapshot.routineDoneNanos()).isEqualTo(20 * SECOND);
      assertThat(snapshot.routineTotalNanos()).isEqualTo(40 * SECOND);
      assertThat(snapshot.routineFraction()).isEqualTo(0.5);
      assertThat(snapshot.phaseFraction()).isEqualTo(10.0 / 30);
      assertThat(snapshot.stepNumber()).isEqualTo(2);
      assertThat(snapshot.next()).isEmpty();
    }
  }

  @Nested
  class Pausing {
    @Test
    void should_keep_the_time_left_while_paused() {
      Countdown countdown = started(List.of(Steps.step("a", 30)));
      ticker.advanceMillis(12_250);
      countdown.togglePause();
      assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
      ticker.advanceSeconds(500);
      countdown.update();
      assertThat(countdown.leftNanos()).isEqualTo(17_750_000_000L);
      countdown.togglePause();
      ticker.advanceMillis(17_749);
      countdown.update();
      assertThat(countdown.finished()).isFalse();
      ticker.advanceMillis(1);
      countdown.update();
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.elapsedNanos()).isEqualTo(530 * SECOND);
    }

    @Test
    void should_add_every_pause_to_the_elapsed_time_and_nothing_else() {
      Countdown countdown = started(Steps.many(50, 5));
      for (int i = 0; i < 100; i++) {
        ticker.advanceMillis(1234);
        countdown.togglePause();
        ticker.advanceMillis(777);
        countdown.togglePause();
      }
      while (!countdown.finished()) {
        ticker.advanceNanos(countdown.nanosUntilNextTick());
        countdown.update();
      }
      assertThat(countdown.elapsedNanos()).isEqualTo(250 * SECOND + 100 * 777_000_000L);
    }

    @Test
    void should_wait_a_second_and_not_finish_when_paused() {
      Countdown countdown = started(List.of(Steps.step("a", 5)));
      countdown.togglePause();
      assertThat(countdown.nanosUntilNextTick()).isEqualTo(SECOND);
      ticker.advanceSeconds(10);
      assertThat(countdown.update()).isEmpty();
      assertThat(countdown.finished()).isFalse();
    }
  }

  @Nested
  class TwoSidedSteps {
    @Test
    void should_lead_into_each_side_of_a_two_sided_step() {
      List<Phase> phases = Phases.expand(List.of(Steps.both("calf", 20)));
      assertThat(phases)
          .extracting(Phase::kind, Phase::side)
          .containsExactly(
              tuple(PhaseKind.LEAD_IN, Sides.LEFT),
              tuple(PhaseKind.WORK, Sides.LEFT),
              tuple(PhaseKind.LEAD_IN, Sides.RIGHT),
              tuple(PhaseKind.WORK, Sides.RIGHT));
      assertThat(phases.get(2).durationNanos()).isEqualTo(Phases.DEFAULT_LEAD_IN.toNanos());
    }

    @Test
    void should_count_a_two_sided_step_done_only_when_the_right_side_ends() {
      Countdown countdown = started(List.of(Steps.both("calf", 20)));
      ticker.advanceSeconds(20);
      countdown.update();
      assertThat(countdown.snapshot().phase().side()).isEqualTo(Sides.RIGHT);
      assertThat(countdown.stepsDone()).isZero();
      ticker.advanceSeconds(20);
      countdown.update();
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.stepsDone()).isEqualTo(1);
    }

    @Test
    void should_go_from_the_left_side_straight_to_the_right_side_on_next() {
      Countdown countdown = started(List.of(Steps.both("calf", 20), Steps.step("b", 5)));
      countdown.next();
      Snapshot snapshot = countdown.snapshot();
      assertThat(snapshot.phase().side()).isEqualTo(Sides.RIGHT);
      assertThat(snapshot.phase().isWork()).isTrue();
      assertThat(countdown.stepsSkipped()).isZero();
    }
  }

  @Nested
  class Skipping {
    static IntStream phaseIndexes() {
      return IntStream.range(0, 7);
    }

    private Countdown atPhase(int phase, long extraMillis) {
      // a, both b (left, lead-in, right), c, both d (left, lead-in, right) = 8 phases
      Step b = Steps.both("b", 10);
      Step d = Steps.both("d", 10);
      Countdown countdown =
          new Countdown(
              List.of(
                  new Phase(0, Steps.step("a", 10), PhaseKind.WORK, Sides.NONE, 10 * SECOND),
                  new Phase(1, b, PhaseKind.WORK, Sides.LEFT, 10 * SECOND),
                  new Phase(1, b, PhaseKind.LEAD_IN, Sides.RIGHT, 5 * SECOND),
                  new Phase(1, b, PhaseKind.WORK, Sides.RIGHT, 10 * SECOND),
                  new Phase(2, Steps.step("c", 10), PhaseKind.WORK, Sides.NONE, 10 * SECOND),
                  new Phase(3, d, PhaseKind.WORK, Sides.LEFT, 10 * SECOND),
                  new Phase(3, d, PhaseKind.LEAD_IN, Sides.RIGHT, 5 * SECOND),
                  new Phase(3, d, PhaseKind.WORK, Sides.RIGHT, 10 * SECOND)),
              ticker);
      countdown.start();
      while (countdown.snapshot().phaseIndex() < phase) {
        ticker.advanceNanos(countdown.leftNanos());
        countdown.update();
      }
      ticker.advanceMillis(extraMillis);
      countdown.update();
      return countdown;
    }

    @ParameterizedTest
    @MethodSource("phaseIndexes")
    void should_move_to_the_next_work_phase_on_next_at_every_boundary(int phase) {
      for (long extra : new long[] {0, 1, 4_999, 9_999}) {
        Countdown countdown =
            atPhase(phase, phase == 2 || phase == 6 ? Math.min(extra, 4_999) : extra);
        Phase before = countdown.snapshot().phase();
        countdown.next();
        Snapshot after = countdown.snapshot();
        assertThat(after.phaseIndex()).isGreaterThan(phase);
        boolean sameStep = after.phase().stepIndex() == before.stepIndex();
        // from a lead-in, the side it leads into is skipped with it
        assertThat(sameStep || countdown.finished())
            .isEqualTo(before.side() == Sides.LEFT && before.isWork() || countdown.finished());
        assertThat(after.leftNanos())
            .isEqualTo(countdown.finished() ? 0 : after.phase().durationNanos());
      }
    }

    @Test
    void should_finish_and_count_a_skip_when_next_is_pressed_on_the_last_phase() {
      Countdown countdown = atPhase(7, 2_000);
      List<CountdownEvent> events = countdown.next();
      assertThat(types(events))
          .containsExactly(CountdownEvent.Type.PHASE_SKIPPED, CountdownEvent.Type.FINISHED);
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.stepsDone()).isEqualTo(3);
      assertThat(countdown.stepsSkipped()).isEqualTo(1);
      assertThat(countdown.elapsedNanos()).isEqualTo((10 + 25 + 10 + 15 + 2) * SECOND);
    }

    @Test
    void should_count_every_step_skipped_when_next_is_pressed_throughout() {
      Countdown countdown = started(Steps.many(10, 30));
      List<CountdownEvent.Type> seen = new ArrayList<>();
      while (!countdown.finished()) {
        seen.addAll(types(countdown.next()));
      }
      assertThat(countdown.stepsSkipped()).isEqualTo(10);
      assertThat(countdown.stepsDone()).isZero();
      assertThat(seen).filteredOn(t -> t == CountdownEvent.Type.PHASE_SKIPPED).hasSize(10);
      assertThat(countdown.elapsedNanos()).isZero();
    }

    @ParameterizedTest
    @MethodSource("phaseIndexes")
    void should_restart_the_current_phase_on_back_after_two_seconds(int phase) {
      Countdown countdown = atPhase(phase, 2_000);
      countdown.back();
      Snapshot after = countdown.snapshot();
      if (countdown.phases().get(phase).isWork()) {
        assertThat(after.phaseIndex()).isEqualTo(phase);
      } else {
        assertThat(after.phaseIndex()).isEqualTo(phase - 1);
      }
      assertThat(after.leftNanos()).isEqualTo(10 * SECOND);
    }

    @Test
    void should_go_to_the_start_of_the_previous_step_on_back_near_the_start() {
      Countdown countdown = atPhase(4, 1_999); // step c
      countdown.back();
      assertThat(countdown.snapshot().phaseIndex()).isEqualTo(1); // left side of b
      countdown.back();
      assertThat(countdown.snapshot().phaseIndex()).isZero();
      countdown.back();
      assertThat(countdown.snapshot().phaseIndex()).isZero();
      assertThat(countdown.leftNanos()).isEqualTo(10 * SECOND);
    }

    @Test
    void should_go_from_the_right_side_to_the_left_side_of_the_same_step_on_back_near_its_start() {
      Countdown countdown = atPhase(3, 500);
      countdown.back();
      assertThat(countdown.snapshot().phaseIndex()).isEqualTo(1);
    }

    @Test
    void should_keep_the_pause_when_moving_while_paused() {
      Countdown countdown = atPhase(0, 3_000);
      countdown.togglePause();
      countdown.next();
      ticker.advanceSeconds(100);
      assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
      assertThat(countdown.leftNanos()).isEqualTo(10 * SECOND);
      assertThat(countdown.snapshot().phaseIndex()).isEqualTo(1);
    }
  }

  @Nested
  class Adjusting {
    @Test
    void should_add_fifteen_seconds_and_move_the_end() {
      Countdown countdown = started(List.of(Steps.step("a", 10)));
      countdown.plus();
      assertThat(countdown.leftNanos()).isEqualTo(25 * SECOND);
      ticker.advanceSeconds(25);
      countdown.update();
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.elapsedNanos()).isEqualTo(25 * SECOND);
    }

    @Test
    void should_never_grow_a_phase_beyond_thirty_minutes() {
      Countdown countdown = started(List.of(Steps.step("a", 29 * 60 + 50)));
      countdown.plus();
      countdown.plus();
      assertThat(countdown.snapshot().phaseLengthNanos()).isEqualTo(Countdown.MAX_PHASE_NANOS);
    }

    @ParameterizedTest
    @ValueSource(longs = {30_000, 16_000, 15_500, 15_000, 10_000, 2_000, 1_000, 500})
    void should_take_fifteen_seconds_but_leave_at_least_one(long leftMillis) {
      Countdown countdown = started(List.of(Steps.step("a", 30), Steps.step("b", 5)));
      ticker.advanceMillis(30_000 - leftMillis);
      countdown.minus();
      long expected = leftMillis <= 1_000 ? leftMillis : Math.max(1_000, leftMillis - 15_000);
      assertThat(countdown.leftNanos()).isEqualTo(expected * 1_000_000L);
      assertThat(countdown.snapshot().phaseIndex()).isZero();
    }

    @Test
    void should_adjust_while_paused_and_keep_the_pause() {
      Countdown countdown = started(List.of(Steps.step("a", 30)));
      countdown.togglePause();
      countdown.plus();
      countdown.minus();
      countdown.minus();
      assertThat(countdown.state()).isEqualTo(Countdown.State.PAUSED);
      assertThat(countdown.leftNanos()).isEqualTo(15 * SECOND);
    }

    @Test
    void should_forget_adjustments_when_a_phase_is_entered_again() {
      Countdown countdown = started(List.of(Steps.step("a", 30), Steps.step("b", 30)));
      countdown.plus();
      countdown.next();
      countdown.back();
      assertThat(countdown.snapshot().phaseIndex()).isZero();
      assertThat(countdown.leftNanos()).isEqualTo(30 * SECOND);
    }

    @Test
    void should_warn_again_when_time_is_added_after_the_warning() {
      Countdown countdown = started(List.of(Steps.step("a", 10)));
      ticker.advanceSeconds(8);
      assertThat(types(countdown.update())).containsExactly(CountdownEvent.Type.WARNING);
      countdown.plus();
      ticker.advanceSeconds(14);
      assertThat(types(countdown.update())).containsExactly(CountdownEvent.Type.WARNING);
    }

    @Test
    void should_ignore_keys_once_finished() {
      Countdown countdown = started(List.of(Steps.step("a", 5)));
      countdown.abort();
      assertThat(countdown.next()).isEmpty();
      assertThat(countdown.back()).isEmpty();
      assertThat(countdown.plus()).isEmpty();
      assertThat(countdown.togglePause()).isEmpty();
      assertThat(countdown.finished()).isTrue();
      assertThat(countdown.stepsDone() + countdown.stepsSkipped()).isZero();
    }
  }
}
