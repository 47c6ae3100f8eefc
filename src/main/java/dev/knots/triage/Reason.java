package dev.knots.triage;

import java.util.Objects;

/** Why the outcome is what it is: the id of what fired and its plain-language text. */
public record Reason(String id, Level level, String text) {
  public Reason {
    Objects.requireNonNull(id);
    Objects.requireNonNull(level);
    Objects.requireNonNull(text);
  }
}
