package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Position;
import dev.knots.routine.Pressure;
import dev.knots.routine.RestsOn;
import dev.knots.routine.Routine;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepPlannerTest {
  private static final PrecautionRule OSTEOPOROSIS =
      new PrecautionRule(
          "osteoporosis",
          "Osteoporosis",
          List.of(
              new PrecautionRule.SkipWhen(
                  Set.of(), Set.of(), Set.of(RestsOn.RIBS, RestsOn.BESIDE_SPINE), Set.of()),
              new PrecautionRule.SkipWhen(
                  Set.of(Kind.FOAM_ROLL), Set.of(), Set.of(), Set.of(Area.UPPER_BACK))),
          Set.of(Area.values()),
          "Ask your doctor what is safe for you.",
          true);
  private static final PrecautionRule PREGNANCY =
      new PrecautionRule(
          "pregnancy",
          "Pregnancy",
          List.of(
              new PrecautionRule.SkipWhen(
                  Set.of(), Set.of(Position.LYING_FACE_DOWN), Set.of(), Set.of())),
          Set.of(Area.QUADS, Area.CALVES),
          "Check with your midwife first.",
          true);

  private static Step step(
      String name, Kind kind, Pressure pressure, Position position, RestsOn... over) {
    return new Step(
        name,
        kind,
        "",
        Sides.NONE,
        Duration.ofSeconds(60),
        0,
        pressure,
        "Slowly.",
        position,
        Set.of(over),
        "",
        null);
  }

  private static Routine routine(Area area, Step... steps) {
    return new Routine("r", "R", area, "", List.of(), List.of(), List.of(), List.of(steps));
  }

  @Test
  void should_keep_every_step_as_written_when_no_precaution_applies() {
    Routine routine =
        routine(
            Area.UPPER_BACK,
            step("ball", Kind.BALL_MASSAGE, Pressure.FIRM, Position.LEANING_ON_WALL, RestsOn.RIBS));

    StepPlan plan = StepPlanner.plan(routine, List.of());

    assertThat(plan.steps()).extracting(PlannedStep::status).containsExactly(StepStatus.KEPT);
    assertThat(plan.steps().get(0).step()).isEqualTo(routine.steps().get(0));
    assertThat(plan.restrictions()).isEmpty();
  }

  @Test
  void should_skip_a_pressing_step_on_the_ribs_for_osteoporosis_whatever_its_kind() {
    Routine routine =
        routine(
            Area.UPPER_BACK,
            step("ball", Kind.BALL_MASSAGE, Pressure.LIGHT, Position.LEANING_ON_WALL, RestsOn.RIBS),
            step("thumb", Kind.THUMB_MASSAGE, null, Position.SITTING, RestsOn.MUSCLE),
            step("stretch", Kind.STRETCH, null, Position.STANDING, RestsOn.RIBS));

    StepPlan plan = StepPlanner.plan(routine, List.of(OSTEOPOROSIS));

    assertThat(plan.steps())
        .extracting(PlannedStep::status)
        .containsExactly(StepStatus.SKIPPED, StepStatus.ADAPTED, StepStatus.ADAPTED);
    assertThat(plan.steps().get(0).reasons()).containsExactly("Osteoporosis: it rests on the ribs");
    assertThat(plan.steps().get(1).step().pressure()).isEqualTo(Pressure.LIGHT);
    assertThat(plan.steps().get(1).reasons())
        .containsExactly(
            "Osteoporosis: pressure set to light (the step does not say how hard)",
            "Osteoporosis: cue added: \"Ask your doctor what is safe for you.\"");
    // a stretch presses on nothing: only the cue
    assertThat(plan.steps().get(2).step().cue())
        .isEqualTo("Ask your doctor what is safe for you. Slowly.");
  }

  @Test
  void should_skip_roller_steps_only_on_the_area_the_rule_names() {
    Step roll = step("roll", Kind.FOAM_ROLL, Pressure.MODERATE, Position.SITTING, RestsOn.MUSCLE);

    assertThat(StepPlanner.plan(routine(Area.UPPER_BACK, roll), List.of(OSTEOPOROSIS)).steps())
        .extracting(PlannedStep::reasons)
        .containsExactly(List.of("Osteoporosis: no foam-roll steps for the upper back"));
    assertThat(StepPlanner.plan(routine(Area.CALVES, roll), List.of(OSTEOPOROSIS)).steps())
        .extracting(PlannedStep::status)
        .containsExactly(StepStatus.ADAPTED);
  }

  @Test
  void should_skip_a_face_down_step_of_any_kind_for_pregnancy() {
    Routine routine =
        routine(
            Area.QUADS,
            step("roll", Kind.FOAM_ROLL, Pressure.FIRM, Position.LYING_FACE_DOWN, RestsOn.MUSCLE),
            step("stretch", Kind.STRETCH, null, Position.LYING_FACE_DOWN),
            step("thumb", Kind.THUMB_MASSAGE, Pressure.FIRM, Position.SITTING, RestsOn.MUSCLE));

    StepPlan plan = StepPlanner.plan(routine, List.of(PREGNANCY));

    assertThat(plan.steps())
        .extracting(PlannedStep::status)
        .containsExactly(StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.ADAPTED);
    assertThat(plan.steps().get(0).reasons())
        .containsExactly("Pregnancy: it is done lying face-down");
    assertThat(plan.steps().get(2).reasons())
        .contains("Pregnancy: pressure lowered from firm to light");
  }

  @Test
  void should_lower_pressure_only_on_the_areas_a_rule_names() {
    Routine neck =
        routine(
            Area.NECK,
            step("thumb", Kind.THUMB_MASSAGE, Pressure.MODERATE, Position.SITTING, RestsOn.MUSCLE));

    StepPlan plan = StepPlanner.plan(neck, List.of(PREGNANCY));

    assertThat(plan.steps().get(0).step().pressure()).isEqualTo(Pressure.MODERATE);
    assertThat(plan.steps().get(0).reasons())
        .containsExactly("Pregnancy: cue added: \"Check with your midwife first.\"");
  }

  @Test
  void
      should_skip_a_pressing_step_that_does_not_say_what_a_precaution_needs_and_say_how_to_fix_it() {
    Routine routine =
        routine(
            Area.QUADS,
            step("roll", Kind.FOAM_ROLL, Pressure.LIGHT, null),
            step("ball", Kind.BALL_MASSAGE, Pressure.LIGHT, Position.SITTING));

    StepPlan pregnancy = StepPlanner.plan(routine, List.of(PREGNANCY));
    StepPlan osteoporosis = StepPlanner.plan(routine, List.of(OSTEOPOROSIS));

    assertThat(pregnancy.steps().get(0).reasons())
        .containsExactly(
            "Pregnancy: this step does not say whether it is done lying face-down - add"
                + " 'position:' to it in the routine file");
    assertThat(pregnancy.steps().get(1).status()).isEqualTo(StepStatus.ADAPTED);
    assertThat(osteoporosis.steps())
        .allSatisfy(
            s ->
                assertThat(s.reasons())
                    .containsExactly(
                        "Osteoporosis: this step does not say what it rests on - add 'over:' to"
                            + " it in the routine file (for example over: [muscle])"));
  }

  @Test
  void should_put_the_gentle_cue_on_pressing_steps_only() {
    Routine routine =
        routine(
            Area.CALVES,
            step("roll", Kind.FOAM_ROLL, Pressure.FIRM, Position.SITTING, RestsOn.MUSCLE),
            step("stretch", Kind.STRETCH, null, Position.STANDING, RestsOn.MUSCLE));

    StepPlan plan =
        StepPlanner.plan(routine, List.of(PrecautionRule.lightPressure("gentle", "Gentle mode")));

    assertThat(plan.steps().get(0).step().cue()).isEqualTo("Light pressure only today. Slowly.");
    assertThat(plan.steps().get(0).step().pressure()).isEqualTo(Pressure.LIGHT);
    assertThat(plan.steps().get(1).status()).isEqualTo(StepStatus.KEPT);
    assertThat(plan.restrictions()).containsExactly("Gentle mode: light pressure on: roll.");
  }

  @Test
  void should_write_the_restriction_text_from_what_the_plan_did() {
    Routine routine =
        routine(
            Area.UPPER_BACK,
            step(
                "Ball on the ribs",
                Kind.BALL_MASSAGE,
                null,
                Position.LEANING_ON_WALL,
                RestsOn.RIBS),
            step("Thumb", Kind.THUMB_MASSAGE, Pressure.FIRM, Position.SITTING, RestsOn.MUSCLE),
            step("Rest", Kind.REST, null, Position.STANDING, RestsOn.MUSCLE));

    StepPlan plan = StepPlanner.plan(routine, List.of(OSTEOPOROSIS, PREGNANCY));

    assertThat(plan.restrictions())
        .containsExactly(
            "Osteoporosis: left out: Ball on the ribs (it rests on the ribs); light pressure on:"
                + " Thumb; on every step: \"Ask your doctor what is safe for you.\"",
            "Pregnancy: on every step: \"Check with your midwife first.\"");
  }

  @Test
  void should_run_the_adapted_steps_and_leave_out_the_skipped_ones() {
    Step ribs = step("ribs", Kind.BALL_MASSAGE, null, Position.LEANING_ON_WALL, RestsOn.RIBS);
    Step both = new Step("both", Kind.STRETCH, "", Sides.BOTH, Duration.ofSeconds(30), 0, null, "");
    StepPlan plan = StepPlanner.plan(routine(Area.UPPER_BACK, ribs, both), List.of(OSTEOPOROSIS));

    SessionPlan session = plan.toSessionPlan();

    assertThat(session.stepsToRun()).extracting(Step::name).containsExactly("both");
    assertThat(session.skipped())
        .containsExactly(new SkippedStep(0, "Osteoporosis: it rests on the ribs"));
    // both sides of 30 s, each led into by the default 5 s
    assertThat(plan.total(Phases.DEFAULT_LEAD_IN)).isEqualTo(Duration.ofSeconds(70));
  }
}
