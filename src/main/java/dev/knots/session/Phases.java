package dev.knots.session;

import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands steps into phases: each side of a step is led into by a "get into position" phase (the
 * step's own {@code lead-in}, else the settings'), so a {@code both} step becomes lead-in, left,
 * lead-in, right. A lead-in of 0s leaves the lead-ins out.
 */
public final class Phases {
  /** The settings' default lead-in: long enough to move a roller or ball, not to cool down. */
  public static final Duration DEFAULT_LEAD_IN = Duration.ofSeconds(5);

  private Phases() {}

  public static List<Phase> expand(List<Step> steps) {
    return expand(steps, DEFAULT_LEAD_IN);
  }

  /** How long the countdown of these steps lasts: every side and every lead-in. */
  public static Duration duration(List<Step> steps, Duration leadIn) {
    long nanos = 0;
    for (Phase phase : expand(steps, leadIn)) {
      nanos += phase.durationNanos();
    }
    return Duration.ofNanos(nanos);
  }

  /** The time a step's lead-ins take: one before each side, none when the lead-in is 0s. */
  public static Duration leadIns(Step step, Duration leadIn) {
    return step.leadInIfGiven().orElse(leadIn).multipliedBy(step.sides().count());
  }

  /** A step's time in the session: every side and the lead-in before each. */
  public static Duration sessionTime(Step step, Duration leadIn) {
    return step.totalDuration().plus(leadIns(step, leadIn));
  }

  public static List<Phase> expand(List<Step> steps, Duration leadIn) {
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      long nanos = step.duration().toNanos();
      long lead = step.leadInIfGiven().orElse(leadIn).toNanos();
      List<Sides> sides =
          step.sides() == Sides.BOTH ? List.of(Sides.LEFT, Sides.RIGHT) : List.of(step.sides());
      for (Sides side : sides) {
        if (lead > 0) {
          phases.add(new Phase(i, step, PhaseKind.LEAD_IN, side, lead));
        }
        phases.add(new Phase(i, step, PhaseKind.WORK, side, nanos));
      }
    }
    return List.copyOf(phases);
  }
}
