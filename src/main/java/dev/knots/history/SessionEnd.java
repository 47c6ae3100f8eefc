package dev.knots.history;

import java.util.Objects;

/**
 * How a session ended. {@code painAfter} and {@code feltWarningSigns} are null when the person did
 * not answer; {@code stopReason} is null unless the stop key was used.
 */
public record SessionEnd(
    int stepsDone,
    int stepsSkipped,
    long seconds,
    Ending ending,
    Integer painAfter,
    Boolean feltWarningSigns,
    String stopReason) {

  public SessionEnd {
    if (stepsDone < 0 || stepsSkipped < 0 || seconds < 0) {
      throw new IllegalArgumentException("steps and seconds cannot be negative");
    }
    Objects.requireNonNull(ending, "ending");
    if (ending == Ending.ENDED_UNEXPECTEDLY) {
      throw new IllegalArgumentException("ENDED_UNEXPECTEDLY is set by the store, not recorded");
    }
    Pain.check(painAfter, "painAfter");
  }
}
