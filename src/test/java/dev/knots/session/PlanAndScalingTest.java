package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.routine.Pressure;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAndScalingTest {
  private static final Duration LEAD_IN = Phases.DEFAULT_LEAD_IN;

  @Test
  void should_scale_to_the_requested_minutes_in_whole_seconds() {
    Routine routine =
        Steps.routine(List.of(Steps.step("a", 60), Steps.both("b", 45), Steps.step("c", 30)));
    Routine scaled = Scaling.toMinutes(routine, 6, LEAD_IN);
    // the 5 s lead-in before each of the four sides is part of the six minutes
    assertThat(scaled.totalDuration().plusSeconds(4 * 5)).isEqualTo(Duration.ofMinutes(6));
    assertThat(Scaling.sessionSeconds(scaled, LEAD_IN)).isEqualTo(6 * 60);
    assertThat(scaled.steps())
        .extracting(Step::duration)
        .containsExactly(Duration.ofSeconds(113), Duration.ofSeconds(85), Duration.ofSeconds(57));
  }

  @Test
  void should_never_go_below_five_seconds_a_step() {
    Routine routine = Steps.routine(List.of(Steps.step("long", 600), Steps.step("short", 5)));
    Routine scaled = Scaling.toMinutes(routine, 1, LEAD_IN);
    assertThat(scaled.steps()).allMatch(s -> s.duration().toSeconds() >= 5);
    assertThat(scaled.steps().get(1).duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void should_never_take_a_pressing_step_past_two_minutes_a_side_and_give_the_time_to_the_rest() {
    Routine routine =
        Steps.routine(List.of(Steps.roll("roll", 60, Pressure.MODERATE), Steps.step("s", 60)));

    Routine scaled = Scaling.toMinutes(routine, 6, LEAD_IN);

    // six minutes less two lead-ins of 5 s: the roller stops at 2 min, the stretch takes the rest
    assertThat(scaled.steps())
        .extracting(Step::duration)
        .containsExactly(Duration.ofMinutes(2), Duration.ofSeconds(230));
    assertThat(Scaling.shortOf(scaled, 6, LEAD_IN)).isZero();
  }

  @Test
  void should_stay_shorter_than_asked_when_every_step_is_at_its_limit() {
    Routine routine =
        Steps.routine(List.of(Steps.roll("roll", 60, Pressure.MODERATE), Steps.both("s", 60)));

    Routine scaled = Scaling.toMinutes(routine, 120, LEAD_IN);

    assertThat(scaled.steps())
        .extracting(Step::duration)
        .containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(5));
    // 2m + 2 x 5m + three lead-ins of 5 s
    assertThat(Scaling.shortOf(scaled, 120, LEAD_IN))
        .isEqualTo(Duration.ofMinutes(108).minusSeconds(15));
  }

  @Test
  void should_refuse_zero_minutes() {
    Routine routine = Steps.routine(List.of(Steps.step("a", 60)));
    assertThatThrownBy(() -> Scaling.toMinutes(routine, 0, LEAD_IN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_make_pressing_steps_light_and_say_so_in_a_gentle_plan() {
    Routine routine =
        Steps.routine(List.of(Steps.roll("roll", 30, Pressure.FIRM), Steps.step("stretch", 30)));
    List<Step> steps = SessionPlan.of(routine).withGentle(true).stepsToRun();
    assertThat(steps.get(0).pressure()).isEqualTo(Pressure.LIGHT);
    assertThat(steps.get(0).cue()).startsWith(SessionPlan.LIGHT_PRESSURE_CUE).endsWith("Slow.");
    assertThat(steps.get(1)).isEqualTo(routine.steps().get(1));
  }

  @Test
  void should_leave_out_skipped_steps_and_keep_the_rest_in_order() {
    Routine routine =
        Steps.routine(List.of(Steps.step("a", 10), Steps.step("b", 10), Steps.step("c", 10)));
    SessionPlan plan = SessionPlan.of(routine).withSkipped(List.of(new SkippedStep(1, "bruise")));
    assertThat(plan.stepsToRun()).extracting(Step::name).containsExactly("a", "c");
    assertThat(plan.gentle()).isFalse();
  }

  @Test
  void should_refuse_to_skip_a_step_the_routine_does_not_have() {
    Routine routine = Steps.routine(List.of(Steps.step("a", 10)));
    assertThatThrownBy(() -> new SessionPlan(routine, false, List.of(new SkippedStep(3, "x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_refuse_a_stop_reason_without_a_stop() {
    assertThatThrownBy(() -> new SessionResult(1, 0, 1, 5, Ending.COMPLETED, StopReason.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
