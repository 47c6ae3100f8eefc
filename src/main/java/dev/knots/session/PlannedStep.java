package dev.knots.session;

import dev.knots.routine.Step;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A step of the routine as the plan runs it.
 *
 * @param index the step's place in the routine, from 0
 * @param original the step as written (and scaled)
 * @param step the step as it runs: lighter, with added cues; the original when skipped
 * @param changes what was changed and why, in rule order; empty when kept as written
 */
public record PlannedStep(int index, Step original, Step step, List<StepChange> changes) {
  public PlannedStep {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(step, "step");
    changes = List.copyOf(changes);
  }

  public StepStatus status() {
    if (changes.stream().anyMatch(c -> c.what() == StepChange.What.SKIPPED)) {
      return StepStatus.SKIPPED;
    }
    return changes.isEmpty() ? StepStatus.KEPT : StepStatus.ADAPTED;
  }

  public boolean runs() {
    return status() != StepStatus.SKIPPED;
  }

  /** The reasons, as the dry run lists them. */
  public List<String> reasons() {
    return changes.stream().map(StepChange::reason).toList();
  }

  /** The time this step takes in the session: both sides and the lead-in before each. */
  public Duration sessionTime(Duration leadIn) {
    return runs() ? Phases.sessionTime(step, leadIn) : Duration.ZERO;
  }
}
