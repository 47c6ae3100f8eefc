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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plan over many routines and precautions (jqwik names its own properties). */
class StepPlannerPropertiesTest {

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Kind> kinds = Arbitraries.of(Kind.class);
    Arbitrary<Pressure> pressures = Arbitraries.of(Pressure.class).injectNull(0.3);
    Arbitrary<Position> positions = Arbitraries.of(Position.class).injectNull(0.2);
    Arbitrary<Set<RestsOn>> over = Arbitraries.of(RestsOn.class).set().ofMaxSize(3);
    Arbitrary<Sides> sides = Arbitraries.of(Sides.class);
    Arbitrary<Integer> seconds = Arbitraries.integers().between(5, 300);
    return Combinators.combine(kinds, pressures, positions, over, sides, seconds)
        .as(
            (kind, pressure, position, rests, side, s) ->
                new Step(
                    "s" + s,
                    kind,
                    "",
                    side,
                    Duration.ofSeconds(s),
                    0,
                    pressure,
                    "Cue.",
                    position,
                    rests,
                    "",
                    null))
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<PrecautionRule>> rules() {
    List<PrecautionRule> pool =
        List.of(
            new PrecautionRule(
                "osteoporosis",
                "Osteoporosis",
                List.of(
                    new PrecautionRule.SkipWhen(
                        Set.of(), Set.of(), Set.of(RestsOn.RIBS, RestsOn.BONY_POINT), Set.of()),
                    new PrecautionRule.SkipWhen(
                        Set.of(Kind.FOAM_ROLL), Set.of(), Set.of(), Set.of(Area.UPPER_BACK))),
                EnumSet.allOf(Area.class),
                "Ask.",
                true),
            new PrecautionRule(
                "pregnancy",
                "Pregnancy",
                List.of(
                    new PrecautionRule.SkipWhen(
                        Set.of(), Set.of(Position.LYING_FACE_DOWN), Set.of(), Set.of())),
                Set.of(Area.CALVES, Area.QUADS),
                "Midwife.",
                true),
            new PrecautionRule(
                "blood-thinners",
                "Blood thinners",
                List.of(
                    new PrecautionRule.SkipWhen(
                        Set.of(Kind.BALL_MASSAGE), Set.of(), Set.of(), Set.of())),
                EnumSet.allOf(Area.class),
                "Bruising.",
                true),
            PrecautionRule.lightPressure("gentle", "Gentle mode"));
    return Arbitraries.subsetOf(pool).map(List::copyOf);
  }

  private static Routine routine(List<Step> steps, Area area) {
    return new Routine("r", "R", area, "", List.of(), List.of(), List.of(), steps);
  }

  @Property(tries = 300)
  void a_precaution_never_raises_pressure_or_adds_time(
      @ForAll("steps") List<Step> steps,
      @ForAll("rules") List<PrecautionRule> rules,
      @ForAll Area area) {
    if (steps.isEmpty()) {
      return;
    }
    Routine routine = routine(steps, area);
    StepPlan plan = StepPlanner.plan(routine, rules);

    for (PlannedStep planned : plan.steps()) {
      Pressure before = planned.original().pressure();
      Pressure after = planned.step().pressure();
      assertThat(after == before || after == Pressure.LIGHT).as(planned.toString()).isTrue();
      assertThat(planned.step().duration()).isEqualTo(planned.original().duration());
      assertThat(planned.step().sides()).isEqualTo(planned.original().sides());
    }
    assertThat(plan.total(Duration.ZERO))
        .isLessThanOrEqualTo(StepPlanner.plan(routine, List.of()).total(Duration.ZERO));
  }

  @Property(tries = 300)
  void the_total_is_the_sum_of_the_steps_that_run_sides_and_lead_ins_counted(
      @ForAll("steps") List<Step> steps,
      @ForAll("rules") List<PrecautionRule> rules,
      @ForAll Area area) {
    if (steps.isEmpty()) {
      return;
    }
    StepPlan plan = StepPlanner.plan(routine(steps, area), rules);

    long sum = 0;
    List<Step> running = new ArrayList<>();
    for (PlannedStep planned : plan.steps()) {
      if (planned.runs()) {
        Step s = planned.step();
        long leadIn = s.leadInIfGiven().orElse(Duration.ofSeconds(5)).toSeconds();
        sum += (s.duration().toSeconds() + leadIn) * s.sides().count();
        running.add(s);
      }
    }
    assertThat(plan.total(Duration.ofSeconds(5)).toSeconds()).isEqualTo(sum);
    assertThat(plan.toSessionPlan().stepsToRun()).isEqualTo(running);
  }
}
