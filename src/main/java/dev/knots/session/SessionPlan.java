package dev.knots.session;

import dev.knots.routine.Pressure;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routine to run and the changes made to it before the countdown (by triage, later).
 *
 * @param gentle light pressure only: pressing steps become light and their cue says so
 * @param skipped steps left out, with the reason shown to the person
 */
public record SessionPlan(Routine routine, boolean gentle, List<SkippedStep> skipped) {
  /** Put in front of the cue of every pressing step in a gentle session. */
  public static final String LIGHT_PRESSURE_CUE = "Light pressure only today.";

  public SessionPlan {
    Objects.requireNonNull(routine, "routine");
    skipped = List.copyOf(skipped);
    for (SkippedStep skip : skipped) {
      if (skip.stepIndex() >= routine.steps().size()) {
        throw new IllegalArgumentException("no step " + skip.stepIndex() + " to skip");
      }
    }
  }

  /** The routine as written: no changes. */
  public static SessionPlan of(Routine routine) {
    return new SessionPlan(routine, false, List.of());
  }

  public SessionPlan withGentle(boolean value) {
    return new SessionPlan(routine, value, skipped);
  }

  public SessionPlan withSkipped(List<SkippedStep> steps) {
    return new SessionPlan(routine, gentle, steps);
  }

  /** The steps that will run, in order, with gentle-mode changes applied. */
  public List<Step> stepsToRun() {
    Set<Integer> left = skipped.stream().map(SkippedStep::stepIndex).collect(Collectors.toSet());
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < routine.steps().size(); i++) {
      if (!left.contains(i)) {
        steps.add(gentle ? lighten(routine.steps().get(i)) : routine.steps().get(i));
      }
    }
    return List.copyOf(steps);
  }

  private static Step lighten(Step step) {
    if (!step.kind().appliesPressure()) {
      return step;
    }
    String cue = step.cue().isBlank() ? LIGHT_PRESSURE_CUE : LIGHT_PRESSURE_CUE + " " + step.cue();
    return step.withPressure(Pressure.LIGHT).withCue(cue);
  }
}
