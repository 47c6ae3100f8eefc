package dev.knots.triage;

import java.util.Objects;

/** A band of the 0-10 pain scale with the words that anchor it (NHS-style). */
public record PainAnchor(int from, int to, String label, String text) {
  public PainAnchor {
    if (from < 0 || to > 10 || from > to) {
      throw new IllegalArgumentException("pain band " + from + "-" + to);
    }
    Objects.requireNonNull(label);
    Objects.requireNonNull(text);
  }
}
