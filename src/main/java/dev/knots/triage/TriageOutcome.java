package dev.knots.triage;

import java.util.List;
import java.util.Objects;

/**
 * The result of triage: the level, whether a session may run (SOON: only after the acknowledgement,
 * and gentle), why, how the session must change, and what to do.
 */
public record TriageOutcome(
    Level level,
    boolean sessionAllowed,
    boolean requiresAcknowledgement,
    List<Reason> reasons,
    Restrictions restrictions,
    String title,
    String advice,
    String howSoon,
    String emergencyNumber) {

  public TriageOutcome {
    Objects.requireNonNull(level);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(restrictions);
    Objects.requireNonNull(title);
    Objects.requireNonNull(advice);
    Objects.requireNonNull(howSoon);
    Objects.requireNonNull(emergencyNumber);
    if (sessionAllowed && (level == Level.URGENT || level == Level.EMERGENCY)) {
      throw new IllegalArgumentException("no session at " + level);
    }
  }
}
