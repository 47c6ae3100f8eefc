package dev.knots.session;

import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.util.Objects;

/**
 * One timed stretch of a session: a step on one side, or the pause to switch sides.
 *
 * @param stepIndex the step's position in the plan's steps, from 0
 * @param side LEFT or RIGHT for two-sided steps (RIGHT for the switch before the right side), else
 *     the step's own sides
 * @param durationNanos the planned length
 */
public record Phase(int stepIndex, Step step, PhaseKind kind, Sides side, long durationNanos) {
  public Phase {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(side, "side");
    if (durationNanos <= 0) {
      throw new IllegalArgumentException("a phase needs a positive length");
    }
  }

  public boolean isWork() {
    return kind == PhaseKind.WORK;
  }
}
