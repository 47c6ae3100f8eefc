package dev.knots.triage;

import java.util.Objects;

/**
 * The catalogue's fixed sentences that are not flags: group question, checks, after-session. v2:
 * {@code stillThere} asks whether earlier EMERGENCY or URGENT symptoms are still there, and {@code
 * notCheckedSince} is the URGENT reason when they are not ({date} is the day of that advice).
 */
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
    String dizzinessAdvice,
    String stillThere,
    String notCheckedSince) {

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
    Objects.requireNonNull(stillThere);
    Objects.requireNonNull(notCheckedSince);
  }
}
