package dev.knots.routine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A routine's NAME: its file name without extension, lower-case words and dashes. */
public final class RoutineNames {
  public static final int MAX_LENGTH = 64;

  private RoutineNames() {}

  /**
   * Whether {@code text} is a well-formed NAME (never a path): {@code [a-z0-9]+(-[a-z0-9]+)*}, at
   * most 64 characters. A loop rather than the pattern: it runs for every file validated.
   */
  public static boolean isValid(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  /** What people typed, as a NAME if it can be one: case is ignored, paths never are names. */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String lower = typed.strip().toLowerCase(Locale.ROOT);
    return isValid(lower) ? Optional.of(lower) : Optional.empty();
  }

  /**
   * Why {@code typed} is not a NAME, for "a routine NAME ..., not 'x'": too long, or not lower-case
   * words and dashes (a name of 70 good letters must not be told to use lower-case words).
   */
  public static String rule(String typed) {
    return typed != null && typed.strip().length() > MAX_LENGTH
        ? "is at most " + MAX_LENGTH + " characters"
        : "is lower-case words and dashes";
  }

  /** Whether the file has a routine extension ({@code .yaml} or {@code .yml}). */
  public static boolean isRoutineFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    return !s.startsWith(".") && (s.endsWith(".yaml") || s.endsWith(".yml"));
  }

  /** The file name without {@code .yaml}/{@code .yml}: the routine's NAME if well-formed. */
  public static String idOf(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    if (s.endsWith(".yaml")) {
      return s.substring(0, s.length() - 5);
    }
    if (s.endsWith(".yml")) {
      return s.substring(0, s.length() - 4);
    }
    return s;
  }
}
