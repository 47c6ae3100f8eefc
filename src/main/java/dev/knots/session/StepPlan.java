package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a session will run after the safety check: every step of the routine, kept, adapted or
 * skipped, each with its reasons, and the rules that made them so. The restriction text shown
 * before the session is written from it ({@link #restrictions()}), so it never claims a change the
 * plan does not make.
 */
public record StepPlan(
    Routine routine, List<PrecautionRule> rules, List<PlannedStep> steps, List<Area> stepAreas) {
  public StepPlan {
    Objects.requireNonNull(routine, "routine");
    rules = List.copyOf(rules);
    steps = List.copyOf(steps);
    stepAreas = List.copyOf(stepAreas);
    if (steps.size() != routine.steps().size() || stepAreas.size() != steps.size()) {
      throw new IllegalArgumentException("a plan has one entry per step of its routine");
    }
  }

  /** A plan for one area's routine: every step is the routine's area's. */
  public StepPlan(Routine routine, List<PrecautionRule> rules, List<PlannedStep> steps) {
    this(routine, rules, steps, Collections.nCopies(steps.size(), routine.area()));
  }

  /** The area a step of the plan works on (the routine's, or its part's in a combined session). */
  public Area areaOf(PlannedStep step) {
    return stepAreas.get(step.index());
  }

  /** The areas of the plan, in order of their first step. */
  public List<Area> areas() {
    return stepAreas.stream().distinct().toList();
  }

  /** The session's length: the steps that run, both sides and the switches counted. */
  public Duration total(Duration leadIn) {
    Duration total = Duration.ZERO;
    for (PlannedStep step : steps) {
      total = total.plus(step.sessionTime(leadIn));
    }
    return total;
  }

  /** What the countdown runs: the adapted steps, the skipped ones left out with their reasons. */
  public SessionPlan toSessionPlan() {
    List<Step> adapted = new ArrayList<>();
    List<SkippedStep> skipped = new ArrayList<>();
    for (PlannedStep step : steps) {
      adapted.add(step.step());
      if (!step.runs()) {
        skipped.add(new SkippedStep(step.index(), String.join("; ", step.reasons())));
      }
    }
    // the steps are already lighter: the plan is not gentle again on top
    return new SessionPlan(routine.withSteps(adapted), false, skipped);
  }

  /** One line per rule, saying what it did to this routine's steps. */
  public List<String> restrictions() {
    return RestrictionText.lines(this);
  }
}
