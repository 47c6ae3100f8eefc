package dev.knots.triage;

import java.util.Objects;

/** The catalogue's fixed sentences that are not flags: group question, checks, after-session. */
public record Texts(
    String groupQuestion,
    String painQuestion,
    String checkedSince,
    String notCheckedReason,
    String acknowledge,
    String unspecifiedReason,
    String painAfter,
    String warningSigns,
    String afterAdvice,
    String dizzinessAdvice) {

  public Texts {
    Objects.requireNonNull(groupQuestion);
    Objects.requireNonNull(painQuestion);
    Objects.requireNonNull(checkedSince);
    Objects.requireNonNull(notCheckedReason);
    Objects.requireNonNull(acknowledge);
    Objects.requireNonNull(unspecifiedReason);
    Objects.requireNonNull(painAfter);
    Objects.requireNonNull(warningSigns);
    Objects.requireNonNull(afterAdvice);
    Objects.requireNonNull(dizzinessAdvice);
  }
}
