package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Pressure;
import dev.knots.routine.Routine;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.SessionPlan;
import dev.knots.session.SkippedStep;
import dev.knots.triage.Effect;
import dev.knots.triage.Level;
import dev.knots.triage.Restrictions;
import dev.knots.triage.TriageOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SafetyPlanTest {
  private static Step step(String name, Kind kind, Pressure pressure) {
    return new Step(name, kind, "", Sides.NONE, Duration.ofSeconds(30), 0, pressure, "Cue.");
  }

  private static Routine routine(Area area) {
    return new Routine(
        "r",
        "R",
        area,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(
            step("roll", Kind.FOAM_ROLL, Pressure.FIRM),
            step("ball", Kind.BALL_MASSAGE, Pressure.MODERATE),
            step("stretch", Kind.STRETCH, null)));
  }

  private static TriageOutcome outcome(Level level, Set<Effect> effects, List<String> cues) {
    return new TriageOutcome(
        level,
        true,
        level == Level.SOON,
        List.of(),
        new Restrictions(effects, cues, List.of(), Optional.empty(), List.of()),
        "t",
        "a",
        "h",
        "112");
  }

  @Test
  void should_leave_the_routine_as_written_for_plain_self_care() {
    SessionPlan plan =
        SafetyPlan.of(routine(Area.CALVES), outcome(Level.SELF_CARE, Set.of(), List.of()));

    assertThat(plan.gentle()).isFalse();
    assertThat(plan.skipped()).isEmpty();
    assertThat(plan.stepsToRun())
        .extracting(Step::pressure)
        .containsExactly(Pressure.FIRM, Pressure.MODERATE, null);
  }

  @Test
  void should_run_a_soon_session_gently() {
    SessionPlan plan =
        SafetyPlan.of(routine(Area.CALVES), outcome(Level.SOON, Set.of(), List.of()));

    assertThat(plan.gentle()).isTrue();
    assertThat(plan.stepsToRun())
        .extracting(Step::pressure)
        .containsExactly(Pressure.LIGHT, Pressure.LIGHT, null);
  }

  @Test
  void should_drop_ball_work_and_lighten_pressure_on_blood_thinners() {
    SessionPlan plan =
        SafetyPlan.of(
            routine(Area.CALVES),
            outcome(
                Level.SELF_CARE,
                Set.of(Effect.LIGHT_PRESSURE_ONLY, Effect.NO_BALL_WORK),
                List.of()));

    assertThat(plan.gentle()).isTrue();
    assertThat(plan.skipped()).containsExactly(new SkippedStep(1, SafetyPlan.NO_BALL_WORK));
  }

  @Test
  void should_skip_rolling_only_where_spine_or_ribs_lie_under_it_with_osteoporosis() {
    Outcome osteo =
        new Outcome(Set.of(Effect.SKIP_SPINE_OR_RIB_ROLLING, Effect.LIGHT_PRESSURE_ONLY));

    assertThat(SafetyPlan.of(routine(Area.UPPER_BACK), osteo.get()).skipped())
        .containsExactly(new SkippedStep(0, SafetyPlan.NO_SPINE_ROLLING));
    assertThat(SafetyPlan.of(routine(Area.CHEST), osteo.get()).skipped()).hasSize(1);
    assertThat(SafetyPlan.of(routine(Area.CALVES), osteo.get()).skipped()).isEmpty();
  }

  @Test
  void should_lighten_leg_work_only_in_pregnancy() {
    Outcome pregnancy = new Outcome(Set.of(Effect.NO_DEEP_LEG_PRESSURE));

    assertThat(SafetyPlan.of(routine(Area.QUADS), pregnancy.get()).gentle()).isTrue();
    assertThat(SafetyPlan.of(routine(Area.NECK), pregnancy.get()).gentle()).isFalse();
  }

  @Test
  void should_put_precaution_cues_on_every_pressing_step() {
    SessionPlan plan =
        SafetyPlan.of(
            routine(Area.CALVES),
            outcome(Level.SELF_CARE, Set.of(Effect.STEP_CUE), List.of("Mind the veins.")));

    assertThat(plan.stepsToRun())
        .extracting(Step::cue)
        .containsExactly("Mind the veins. Cue.", "Mind the veins. Cue.", "Cue.");
  }

  private record Outcome(Set<Effect> effects) {
    TriageOutcome get() {
      return outcome(Level.SELF_CARE, effects, List.of());
    }
  }
}
