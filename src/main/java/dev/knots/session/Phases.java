package dev.knots.session;

import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Expands steps into phases: a {@code both} step becomes left, a short switch, then right. */
public final class Phases {
  /** Long enough to move a roller or ball to the other side, short enough not to cool down. */
  public static final Duration SWITCH_SIDES = Duration.ofSeconds(5);

  private Phases() {}

  public static List<Phase> expand(List<Step> steps) {
    return expand(steps, SWITCH_SIDES);
  }

  public static List<Phase> expand(List<Step> steps, Duration switchTime) {
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      long nanos = step.duration().toNanos();
      if (step.sides() == Sides.BOTH) {
        phases.add(new Phase(i, step, PhaseKind.WORK, Sides.LEFT, nanos));
        phases.add(new Phase(i, step, PhaseKind.SWITCH_SIDES, Sides.RIGHT, switchTime.toNanos()));
        phases.add(new Phase(i, step, PhaseKind.WORK, Sides.RIGHT, nanos));
      } else {
        phases.add(new Phase(i, step, PhaseKind.WORK, step.sides(), nanos));
      }
    }
    return List.copyOf(phases);
  }
}
