package dev.knots.cli;

import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.StepPlan;
import dev.knots.triage.TriageOutcome;
import java.util.Optional;

/** Where triage and history plug into {@code knots session}: triage -> plan -> run -> record. */
interface SessionHooks {
  /**
   * Triage goes here: returns the plan to run (gentle mode, steps to skip), or empty when the
   * session must not start; then {@link #exitCodeWithoutSession()} says how the command ends.
   */
  Optional<SessionPlan> beforeCountdown(SessionPlan plan);

  /** The exit code when {@link #beforeCountdown} stopped the session (3 for triage). */
  int exitCodeWithoutSession();

  /** History goes here: record the session, partial ones included. */
  void afterCountdown(SessionPlan plan, SessionResult result);

  /** What the safety check decided and planned (for --dry-run); empty without a check. */
  default Optional<Checked> checked() {
    return Optional.empty();
  }

  /**
   * The safety check's outcome and the plan it made.
   *
   * @param allowed whether the session may start (SOON: acknowledged)
   */
  record Checked(TriageOutcome outcome, StepPlan plan, boolean allowed) {}
}
