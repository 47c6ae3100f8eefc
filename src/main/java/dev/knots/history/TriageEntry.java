package dev.knots.history;

import java.util.Objects;

/** A recorded {@code knots triage} run as read back, with its row id. */
public record TriageEntry(long id, TriageRecord triage) {
  public TriageEntry {
    Objects.requireNonNull(triage, "triage");
  }
}
