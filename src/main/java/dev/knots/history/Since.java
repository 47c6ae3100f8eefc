package dev.knots.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code --since} value: a span back from now ({@code 14d}, {@code 3w}) or a date. */
public final class Since {
  private static final Pattern SPAN = Pattern.compile("(\\d{1,5})\\s*([dw])");

  private Since() {}

  /**
   * The instant {@code text} means, a date being the start of that day in {@code zone}.
   *
   * @throws IllegalArgumentException with a message for the user when it is neither
   */
  public static Instant parse(String text, Instant now, ZoneId zone) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher span = SPAN.matcher(t);
    if (span.matches()) {
      long n = Long.parseLong(span.group(1));
      if (n == 0) {
        // 0d: today, from midnight (a span of nothing would show nothing)
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
      }
      return now.minus(Duration.ofDays(span.group(2).equals("w") ? n * 7 : n));
    }
    try {
      return LocalDate.parse(t).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--since takes a number of days or weeks (14d, 3w) or a date (2026-11-01), not '"
              + text
              + "'",
          e);
    }
  }
}
