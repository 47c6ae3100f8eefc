package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import dev.knots.session.SessionPlan;
import dev.knots.session.SkippedStep;
import dev.knots.triage.Level;
import dev.knots.triage.Restrictions;
import dev.knots.triage.TriageOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a triage outcome into the session's plan: which steps are left out, which become light, and
 * which cues every pressing step carries. Lives in cli because it joins two features.
 */
final class SafetyPlan {
  static final String NO_BALL_WORK = "no ball work today (blood thinners)";
  static final String NO_SPINE_ROLLING = "no rolling on the spine or ribs (osteoporosis)";

  private SafetyPlan() {}

  static SessionPlan of(Routine routine, TriageOutcome outcome) {
    Restrictions restrictions = outcome.restrictions();
    Area area = routine.area();
    boolean gentle =
        outcome.level() == Level.SOON
            || restrictions.lightPressureOnly()
            || (restrictions.noDeepLegPressure() && area.isLeg());
    boolean spineOrRibs = area.isSpine() || area == Area.CHEST;
    String extraCue = String.join(" ", restrictions.stepCues());
    List<Step> steps = new ArrayList<>();
    List<SkippedStep> skipped = new ArrayList<>();
    for (int i = 0; i < routine.steps().size(); i++) {
      Step step = routine.steps().get(i);
      if (restrictions.noBallWork() && step.kind() == Kind.BALL_MASSAGE) {
        skipped.add(new SkippedStep(i, NO_BALL_WORK));
      } else if (restrictions.skipSpineOrRibRolling()
          && spineOrRibs
          && step.kind() == Kind.FOAM_ROLL) {
        skipped.add(new SkippedStep(i, NO_SPINE_ROLLING));
      }
      if (!extraCue.isEmpty() && step.kind().appliesPressure()) {
        step = step.withCue(step.cue().isBlank() ? extraCue : extraCue + " " + step.cue());
      }
      steps.add(step);
    }
    return new SessionPlan(routine.withSteps(steps), gentle, skipped);
  }
}
