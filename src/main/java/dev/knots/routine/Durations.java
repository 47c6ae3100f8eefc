package dev.knots.routine;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in routine files: {@code 45s}, {@code 2m}, {@code 1m30s}, {@code
 * 1:30}.
 */
public final class Durations {
  private static final Pattern SECONDS = Pattern.compile("(\\d{1,5})\\s?s");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s?m");
  private static final Pattern MINUTES_SECONDS =
      Pattern.compile("(\\d{1,4})\\s?m\\s?([0-5]?\\d)\\s?s");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):([0-5]\\d)");

  private Durations() {}

  /** The duration written, or empty if it is not in one of the accepted forms. */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    Matcher m = SECONDS.matcher(t);
    if (m.matches()) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
    }
    m = MINUTES.matcher(t);
    if (m.matches()) {
      return Optional.of(Duration.ofMinutes(Long.parseLong(m.group(1))));
    }
    m = MINUTES_SECONDS.matcher(t);
    if (m.matches()) {
      return Optional.of(minutesAndSeconds(m));
    }
    m = CLOCK.matcher(t);
    if (m.matches()) {
      return Optional.of(minutesAndSeconds(m));
    }
    return Optional.empty();
  }

  private static Duration minutesAndSeconds(Matcher m) {
    return Duration.ofMinutes(Long.parseLong(m.group(1))).plusSeconds(Long.parseLong(m.group(2)));
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
