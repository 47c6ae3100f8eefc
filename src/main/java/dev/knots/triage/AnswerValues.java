package dev.knots.triage;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** How typed answers read: y, yes, n, no (any case) and whole numbers 0-10; nothing else. */
public final class AnswerValues {
  private AnswerValues() {}

  /** yes/no, or empty when the text is neither (never a guess). */
  public static Optional<Boolean> yesNo(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "y", "yes" -> {
        return Optional.of(true);
      }
      case "n", "no" -> {
        return Optional.of(false);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** A whole number from 0 to 10, or empty. */
  public static OptionalInt scale(String text) {
    String t = text.strip();
    if (!t.matches("\\d{1,2}")) {
      return OptionalInt.empty();
    }
    int value = Integer.parseInt(t);
    return value <= 10 ? OptionalInt.of(value) : OptionalInt.empty();
  }
}
