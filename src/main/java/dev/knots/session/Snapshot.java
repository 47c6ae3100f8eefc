package dev.knots.session;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a view shows at one moment of the countdown.
 *
 * @param phase the current phase (the last one when finished)
 * @param next the next work phase, if any
 * @param leftNanos time left in the current phase
 * @param phaseLengthNanos the current phase's length, +/- adjustments included
 * @param routineDoneNanos the position in the whole routine
 * @param stepNumber the current step, from 1
 * @param keysShown whether the full list of keys is asked for
 */
public record Snapshot(
    Countdown.State state,
    int phaseIndex,
    Phase phase,
    Optional<Phase> next,
    long leftNanos,
    long phaseLengthNanos,
    long routineDoneNanos,
    long routineTotalNanos,
    int stepNumber,
    int stepCount,
    boolean keysShown) {

  public Snapshot {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(next, "next");
  }

  /** The whole seconds shown: 4.2 s left shows as 5, as a countdown reads. */
  public long leftSeconds() {
    return (leftNanos + Countdown.SECOND - 1) / Countdown.SECOND;
  }

  public long phaseElapsedNanos() {
    return Math.max(0, phaseLengthNanos - leftNanos);
  }

  public double phaseFraction() {
    return fraction(phaseElapsedNanos(), phaseLengthNanos);
  }

  public double routineFraction() {
    return fraction(routineDoneNanos, routineTotalNanos);
  }

  public Snapshot withKeysShown(boolean shown) {
    return new Snapshot(
        state,
        phaseIndex,
        phase,
        next,
        leftNanos,
        phaseLengthNanos,
        routineDoneNanos,
        routineTotalNanos,
        stepNumber,
        stepCount,
        shown);
  }

  private static double fraction(long part, long whole) {
    return whole <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) part / whole));
  }
}
