package dev.knots.session;

import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Scales a routine's step durations so that it lasts about a requested number of minutes. */
public final class Scaling {
  private static final long MIN_SECONDS = Step.MIN_DURATION.toSeconds();
  private static final long MAX_SECONDS = Step.MAX_DURATION.toSeconds();

  private Scaling() {}

  /**
   * Step durations in whole seconds, in proportion to the originals, never below 5 s (or above 30
   * min) a side. The rounding carries over from step to step, so the total misses the request only
   * where those limits or the two sides of a step (an even total) force it. The side switches are
   * part of the minutes asked for, so their time comes off the steps.
   */
  public static Routine toMinutes(Routine routine, int minutes) {
    if (minutes <= 0) {
      throw new IllegalArgumentException("minutes must be positive: " + minutes);
    }
    long switches = routine.steps().stream().filter(s -> s.sides().count() == 2).count();
    double target = Math.max(1, minutes * 60.0 - switches * Phases.SWITCH_SIDES.toSeconds());
    double original = routine.totalDuration().toMillis() / 1000.0;
    double factor = target / original;
    double idealSoFar = 0;
    long assignedSoFar = 0;
    List<Step> steps = new ArrayList<>();
    for (Step step : routine.steps()) {
      int sides = step.sides().count();
      idealSoFar += step.totalDuration().toMillis() / 1000.0 * factor;
      long perSide = Math.round((idealSoFar - assignedSoFar) / sides);
      perSide = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, perSide));
      assignedSoFar += perSide * sides;
      steps.add(step.withDuration(Duration.ofSeconds(perSide)));
    }
    return routine.withSteps(steps);
  }
}
