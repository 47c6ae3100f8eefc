package dev.knots.session;

import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales a routine's step durations so that it lasts about a requested number of minutes, within
 * each step's limits: a pressing step never grows past 2 minutes a side (most harm from
 * self-massage comes from too much pressure), other steps never past 5 minutes a side, and no step
 * gets under 5 seconds. When the limits leave the routine shorter than asked, it stays shorter
 * ({@link #shortOf}).
 */
public final class Scaling {
  /** The longest a pressing step gets when scaled, a side. */
  public static final Duration MAX_SCALED_PRESSING = Duration.ofMinutes(2);

  /** The longest a stretch, breathing or rest step gets when scaled, a side. */
  public static final Duration MAX_SCALED_OTHER = Duration.ofMinutes(5);

  private static final long MIN_SECONDS = Step.MIN_DURATION.toSeconds();

  private Scaling() {}

  /** The most a step may last a side when scaled. */
  public static long capSeconds(Step step) {
    return (step.kind().appliesPressure() ? MAX_SCALED_PRESSING : MAX_SCALED_OTHER).toSeconds();
  }

  /**
   * Step durations in whole seconds, in proportion to the originals as far as the limits allow
   * (steps at a limit leave their share to the others). The rounding carries over from step to
   * step, so the total misses the request only where the limits or the two sides of a step (an even
   * total) force it. The lead-ins (getting into position before each side) are part of the minutes
   * asked for, so their time comes off the steps.
   *
   * @param leadIn the settings' lead-in, for the steps without their own
   */
  public static Routine toMinutes(Routine routine, int minutes, Duration leadIn) {
    if (minutes <= 0) {
      throw new IllegalArgumentException("minutes must be positive: " + minutes);
    }
    return toSeconds(routine, minutes * 60L, leadIn);
  }

  /** As {@link #toMinutes}, to a number of seconds. */
  public static Routine toSeconds(Routine routine, long seconds, Duration leadIn) {
    return toSeconds(routine, seconds, leadIn, MIN_SECONDS);
  }

  /**
   * As {@link #toSeconds(Routine, long, Duration)}, no step under {@code least} seconds a side (an
   * area's share of a combined session: less is not worth getting into position).
   */
  public static Routine toSeconds(Routine routine, long seconds, Duration leadIn, long least) {
    if (seconds <= 0) {
      throw new IllegalArgumentException("seconds must be positive: " + seconds);
    }
    double target = Math.max(1, seconds - leadInSeconds(routine, leadIn));
    double factor = factor(routine, target, least);
    double idealSoFar = 0;
    long assignedSoFar = 0;
    List<Step> steps = new ArrayList<>();
    for (Step step : routine.steps()) {
      int sides = step.sides().count();
      idealSoFar += ideal(step, factor, least) * sides;
      long perSide = Math.round((idealSoFar - assignedSoFar) / sides);
      perSide = Math.max(least, Math.min(capSeconds(step), perSide));
      assignedSoFar += perSide * sides;
      steps.add(step.withDuration(Duration.ofSeconds(perSide)));
    }
    return routine.withSteps(steps);
  }

  /**
   * How much shorter than the minutes asked a scaled routine is, when its limits keep it under
   * (zero when it is about as long as asked: within half a minute).
   */
  public static Duration shortOf(Routine scaled, int minutes, Duration leadIn) {
    long missing = minutes * 60L - sessionSeconds(scaled, leadIn);
    return missing > 30 ? Duration.ofSeconds(missing) : Duration.ZERO;
  }

  /** The routine's session time: its steps, both sides counted, and their lead-ins. */
  public static long sessionSeconds(Routine routine, Duration leadIn) {
    return routine.totalDuration().toSeconds() + leadInSeconds(routine, leadIn);
  }

  private static long leadInSeconds(Routine routine, Duration leadIn) {
    long seconds = 0;
    for (Step step : routine.steps()) {
      seconds += Phases.leadIns(step, leadIn).toSeconds();
    }
    return seconds;
  }

  /** A step's length a side under this factor, within its limits. */
  private static double ideal(Step step, double factor, long least) {
    double scaled = step.duration().toMillis() / 1000.0 * factor;
    return Math.max(least, Math.min(capSeconds(step), scaled));
  }

  private static double total(Routine routine, double factor, long least) {
    double total = 0;
    for (Step step : routine.steps()) {
      total += ideal(step, factor, least) * step.sides().count();
    }
    return total;
  }

  /** The factor whose limited total is the target (the total grows with the factor). */
  private static double factor(Routine routine, double target, long least) {
    double low = 0;
    double high = 1;
    while (total(routine, high, least) < target && high < 1e6) {
      high *= 2;
    }
    for (int i = 0; i < 60; i++) {
      double middle = (low + high) / 2;
      if (total(routine, middle, least) < target) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }
}
