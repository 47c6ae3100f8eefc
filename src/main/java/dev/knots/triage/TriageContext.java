package dev.knots.triage;

import dev.knots.body.Area;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What triage knows besides the answers, as plain values the caller fills (from history): the area
 * (empty = ask every question), whether history says the area is not improving, and the level of
 * the last triage for the area if it was SOON or above less than 14 days ago, with its day and the
 * flags it fired (for the v2 follow-up "do you still have the symptoms?").
 */
public record TriageContext(
    Optional<Area> area,
    boolean historyNotImproving,
    Optional<Level> recentAdvice,
    Optional<LocalDate> recentAdviceOn,
    List<String> recentAdviceIds) {

  public TriageContext {
    Objects.requireNonNull(area);
    Objects.requireNonNull(recentAdvice);
    Objects.requireNonNull(recentAdviceOn);
    recentAdviceIds = List.copyOf(recentAdviceIds);
  }

  /** Without the day and the flags of the earlier advice. */
  public TriageContext(
      Optional<Area> area, boolean historyNotImproving, Optional<Level> recentAdvice) {
    this(area, historyNotImproving, recentAdvice, Optional.empty(), List.of());
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

  /**
   * Whether, after "not checked since", the quiz asks {@code symptoms-still-there}: only when the
   * earlier advice was EMERGENCY or URGENT, which must not be repeated for what is gone.
   */
  public boolean asksSymptomsStillThere() {
    return recentAdvice.filter(level -> level.compareTo(Level.URGENT) >= 0).isPresent();
  }
}
