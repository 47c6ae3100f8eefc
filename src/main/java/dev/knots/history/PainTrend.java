package dev.knots.history;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The recent pain ratings of one area, oldest first, and what they say: the pure statistic behind
 * the history-driven {@code not-improving} flag (triage.md, reference section 3) and the progress
 * verdict.
 */
public record PainTrend(Area area, List<SessionRecord> rated) {

  /** How far back a knot counts as the same episode: the reference's "always at 6 weeks". */
  public static final Duration LOOKBACK = Duration.ofDays(42);

  /** Pain must drop by at least this much (0-10 scale) to count as "come down". */
  static final double MEANINGFUL_DROP = 1.0;

  public PainTrend {
    rated = List.copyOf(rated);
  }

  /** The sessions of {@code area} in the lookback before {@code now} that have a pain rating. */
  public static PainTrend of(Area area, List<SessionRecord> sessions, Instant now) {
    Instant from = now.minus(LOOKBACK);
    List<SessionRecord> rated =
        sessions.stream()
            .filter(s -> s.area() == area && s.painBefore() != null)
            .filter(s -> s.startedAt().isAfter(from) && !s.startedAt().isAfter(now))
            // not Comparator.comparing: its lambda is serializable, which the class-data archive
            // leaves out, so every run generated it (a session's first question waits for this)
            .sorted((a, b) -> a.startedAt().compareTo(b.startedAt()))
            .toList();
    return new PainTrend(area, rated);
  }

  /** The usual time to improve: 7 days for leg soreness after training, else 14 days. */
  public static Duration usualTime(Area area) {
    return Duration.ofDays(area.isLeg() ? 7 : 14);
  }

  /** Time from the first to the last rated session. */
  public Duration span() {
    if (rated.size() < 2) {
      return Duration.ZERO;
    }
    return Duration.between(rated.get(0).startedAt(), rated.get(rated.size() - 1).startedAt());
  }

  /** Mean pain before of the first few sessions (up to 3, never overlapping the last ones). */
  public double firstMean() {
    return mean(rated.subList(0, window()));
  }

  /** Mean pain before of the last few sessions. */
  public double lastMean() {
    return mean(rated.subList(rated.size() - window(), rated.size()));
  }

  /**
   * Sessions spanning at least the usual time and pain not come down by a point, while some pain is
   * left. Two ratings are the least that can show a trend.
   */
  public boolean notImproving() {
    if (rated.size() < 2 || span().compareTo(usualTime(area)) < 0) {
      return false;
    }
    return !cameDown() && lastMean() > 0;
  }

  /** Pain before dropped by at least a point from the first sessions to the last. */
  public boolean cameDown() {
    return rated.size() >= 2 && lastMean() <= firstMean() - MEANINGFUL_DROP;
  }

  /** Pain before rose by at least a point. */
  public boolean wentUp() {
    return rated.size() >= 2 && lastMean() >= firstMean() + MEANINGFUL_DROP;
  }

  private int window() {
    return Math.max(1, Math.min(3, rated.size() / 2));
  }

  private static double mean(List<SessionRecord> sessions) {
    return sessions.stream().mapToInt(SessionRecord::painBefore).average().orElse(0);
  }
}
