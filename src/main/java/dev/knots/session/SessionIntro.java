package dev.knots.session;

import dev.knots.routine.Routine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a session says before its countdown: length, cautions, what was left out, the keys. */
public final class SessionIntro {
  private SessionIntro() {}

  /**
   * The lines before the first step; {@code keys}: the keys can be read, so they are listed. The
   * length is what the clock will run: every side, and the lead-in before each.
   */
  public static List<String> lines(
      SessionPlan plan,
      boolean keys,
      Duration shortBy,
      Integer asked,
      List<String> overview,
      Duration leadIn) {
    Routine routine = plan.routine();
    List<String> lines = new ArrayList<>();
    long seconds = Phases.duration(plan.stepsToRun(), leadIn).toSeconds();
    lines.add(
        routine.name()
            + " - "
            + plan.stepsToRun().size()
            + " steps, about "
            + Math.max(1, Math.round(seconds / 60.0))
            + " min");
    lines.addAll(overview);
    if (!shortBy.isZero()) {
      lines.add(
          "Shorter than the "
              + asked
              + " min asked: a pressing step lasts at most 2 min a side, the others 5 min.");
    }
    if (!routine.summary().isBlank()) {
      lines.add(routine.summary());
    }
    for (String caution : routine.cautions()) {
      lines.add("! " + caution);
    }
    if (plan.gentle()) {
      lines.add("! Gentle session: light pressure only.");
    }
    plan.skipped()
        .forEach(
            s ->
                lines.add(
                    "Left out: " + routine.steps().get(s.stepIndex()).name() + " - " + s.reason()));
    if (keys) {
      lines.add(
          "Keys: space pause, n next, b back, +/- 15 s, s stop (something feels wrong), q quit.");
    }
    return lines;
  }
}
