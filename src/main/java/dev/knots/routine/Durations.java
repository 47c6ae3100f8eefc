package dev.knots.routine;

import java.time.Duration;
import java.util.Optional;

/**
 * Durations as people write them in routine files: {@code 45s}, {@code 2m}, {@code 1m30s}, {@code
 * 1:30}.
 */
public final class Durations {
  private Durations() {}

  /**
   * The duration written, or empty if it is not in one of the accepted forms: {@code N s} (up to 5
   * digits), {@code N m}, {@code N m S s} (seconds 0-59) or {@code N:SS} (minutes up to 4 digits),
   * with at most one space before each unit. Hand-written rather than regular expressions: it runs
   * for every step of every file validated.
   */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    int n = t.length();
    int i = digits(t, 0);
    if (i == 0 || i > 5) {
      return Optional.empty();
    }
    long first = Long.parseLong(t, 0, i, 10);
    if (i < n && t.charAt(i) == ':') {
      if (i > 4 || n != i + 3 || digits(t, i + 1) != i + 3 || t.charAt(i + 1) > '5') {
        return Optional.empty();
      }
      return Optional.of(Duration.ofSeconds(first * 60 + Long.parseLong(t, i + 1, n, 10)));
    }
    int unit = space(t, i);
    if (unit == n - 1 && t.charAt(unit) == 's') {
      return Optional.of(Duration.ofSeconds(first));
    }
    if (unit >= n || t.charAt(unit) != 'm' || i > 4) {
      return Optional.empty();
    }
    if (unit == n - 1) {
      return Optional.of(Duration.ofMinutes(first));
    }
    int secondsStart = space(t, unit + 1);
    int secondsEnd = digits(t, secondsStart);
    int width = secondsEnd - secondsStart;
    if (width == 0 || width > 2 || (width == 2 && t.charAt(secondsStart) > '5')) {
      return Optional.empty();
    }
    int s = space(t, secondsEnd);
    if (s != n - 1 || t.charAt(s) != 's') {
      return Optional.empty();
    }
    long seconds = Long.parseLong(t, secondsStart, secondsEnd, 10);
    return Optional.of(Duration.ofMinutes(first).plusSeconds(seconds));
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Skips one optional blank (as a regular expression's {@code \\s?} would). */
  private static int space(String t, int from) {
    if (from < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(from)) >= 0) {
      return from + 1;
    }
    return from;
  }

  /** The short form used in files and lists: {@code 45s}, {@code 2m}, {@code 1m30s}. */
  public static String format(Duration duration) {
    long total = duration.getSeconds();
    long minutes = total / 60;
    long seconds = total % 60;
    if (minutes == 0) {
      return seconds + "s";
    }
    return seconds == 0 ? minutes + "m" : minutes + "m" + seconds + "s";
  }
}
