package dev.knots.session;

import java.util.Objects;

/**
 * One change a precaution made to one step, and why, in words the person reads.
 *
 * @param ruleId the precaution (or gentle mode) that made it
 * @param label how that rule is named: "Osteoporosis"
 * @param detail why, without the rule's name: "it rests on the ribs"
 */
public record StepChange(String ruleId, String label, What what, String detail) {
  /** The kinds of change, from the strongest. */
  public enum What {
    SKIPPED,
    LIGHTER,
    CUE
  }

  public StepChange {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(detail, "detail");
  }

  /** "Osteoporosis: it rests on the ribs". */
  public String reason() {
    return label + ": " + detail;
  }
}
