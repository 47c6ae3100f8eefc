package dev.knots.session;

import java.util.Objects;

/**
 * A step the plan leaves out, and why (for example a triage precaution).
 *
 * @param stepIndex the step's position in the routine, from 0
 */
public record SkippedStep(int stepIndex, String reason) {
  public SkippedStep {
    Objects.requireNonNull(reason, "reason");
    if (stepIndex < 0) {
      throw new IllegalArgumentException("step index must not be negative");
    }
  }
}
