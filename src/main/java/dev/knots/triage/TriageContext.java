package dev.knots.triage;

import dev.knots.body.Area;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What triage knows besides the answers, as plain values the caller fills (from history): the area
 * (empty = ask every question), whether history says the area is not improving, and the level of
 * the last triage for the area if it was SOON or above less than 14 days ago, with its day and the
 * flags it fired (for the v2 follow-up "do you still have the symptoms?").
 *
 * <p>A session over several areas has no single {@code area} (empty: code that knows one area only
 * asks every question, the safe side) and names them in {@code areas}: the quiz asks what any of
 * them needs, the pain rating for each, and an area's precaution for each area it may concern.
 */
public record TriageContext(
    Optional<Area> area,
    boolean historyNotImproving,
    Optional<Level> recentAdvice,
    Optional<LocalDate> recentAdviceOn,
    List<String> recentAdviceIds,
    List<Area> areas) {

  public TriageContext {
    Objects.requireNonNull(area);
    Objects.requireNonNull(recentAdvice);
    Objects.requireNonNull(recentAdviceOn);
    recentAdviceIds = List.copyOf(recentAdviceIds);
    areas = List.copyOf(areas.stream().distinct().toList());
    if (area.isPresent()) {
      if (!areas.isEmpty() && !areas.equals(List.of(area.get()))) {
        throw new IllegalArgumentException("one area, or several without a single one");
      }
      areas = List.of(area.get());
    } else if (areas.size() == 1) {
      area = Optional.of(areas.get(0));
    }
  }

  /** One area (or none: every question), as before sessions over several areas. */
  public TriageContext(
      Optional<Area> area,
      boolean historyNotImproving,
      Optional<Level> recentAdvice,
      Optional<LocalDate> recentAdviceOn,
      List<String> recentAdviceIds) {
    this(area, historyNotImproving, recentAdvice, recentAdviceOn, recentAdviceIds, List.of());
  }

  /** The same facts for a session over these areas (one area: as {@link #area()}). */
  public TriageContext withAreas(List<Area> sessionAreas) {
    return new TriageContext(
        sessionAreas.size() == 1 ? Optional.of(sessionAreas.get(0)) : Optional.empty(),
        historyNotImproving,
        recentAdvice,
        recentAdviceOn,
        recentAdviceIds,
        sessionAreas);
  }

  /** The areas whose questions apply: the session's areas, or every area when none is named. */
  public Set<Area> scope() {
    return areas.isEmpty() ? EnumSet.allOf(Area.class) : EnumSet.copyOf(areas);
  }

  /** Whether the session covers several areas (pain and area precautions asked per area). */
  public boolean severalAreas() {
    return areas.size() > 1;
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
