package dev.knots.triage;

import java.util.Objects;

/** What the engine says about a set of answers: a question is still needed, or the outcome. */
public sealed interface Assessment {

  /** The quiz must ask this before anything can be decided. */
  record Needed(Question question) implements Assessment {
    public Needed {
      Objects.requireNonNull(question);
    }
  }

  /** Enough is known: this is the outcome. */
  record Decided(TriageOutcome outcome) implements Assessment {
    public Decided {
      Objects.requireNonNull(outcome);
    }
  }
}
