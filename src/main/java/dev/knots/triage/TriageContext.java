package dev.knots.triage;

import dev.knots.body.Area;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage knows besides the answers, as plain values the caller fills (from history): the area
 * (empty = ask every question), whether history says the area is not improving, and the level of
 * the last triage for the area if it was SOON or above less than 14 days ago.
 */
public record TriageContext(
    Optional<Area> area, boolean historyNotImproving, Optional<Level> recentAdvice) {

  public TriageContext {
    Objects.requireNonNull(area);
    Objects.requireNonNull(recentAdvice);
  }

  /** An area with what history says about it (the session's case). */
  public static TriageContext of(
      Area area, boolean historyNotImproving, Optional<Level> recentAdvice) {
    return new TriageContext(Optional.of(area), historyNotImproving, recentAdvice);
  }

  /** An area with no history. */
  public static TriageContext forArea(Area area) {
    return new TriageContext(Optional.of(area), false, Optional.empty());
  }

  /** No area: every question of the catalogue applies. */
  public static TriageContext anyArea() {
    return new TriageContext(Optional.empty(), false, Optional.empty());
  }

  /** Whether the "have you been checked since?" question applies. */
  public boolean followsUpRecentAdvice() {
    return recentAdvice.filter(Level::advisesCare).isPresent();
  }
}
