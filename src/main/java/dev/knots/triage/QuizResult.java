package dev.knots.triage;

import java.util.Objects;

/** The outcome of a quiz and every answer it was based on (for the history record). */
public record QuizResult(TriageOutcome outcome, Answers answers) {
  public QuizResult {
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(answers);
  }
}
