package dev.knots.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Sessions per week, as rolling seven-day windows ending now. */
public final class Weeks {
  private Weeks() {}

  /** Counts for the last {@code weeks} weeks, oldest first. */
  public static int[] counts(List<Instant> starts, Instant now, int weeks) {
    int[] counts = new int[weeks];
    for (Instant start : starts) {
      if (start.isAfter(now)) {
        continue;
      }
      long ago = Duration.between(start, now).toDays() / 7;
      if (ago < weeks) {
        counts[weeks - 1 - (int) ago]++;
      }
    }
    return counts;
  }
}
