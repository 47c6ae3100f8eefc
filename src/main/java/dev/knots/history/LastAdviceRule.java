package dev.knots.history;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the last triage of an area (a {@code knots triage} run or a session's own triage) advised
 * care less than 14 days ago, so the next session first asks whether the person has been checked.
 */
public final class LastAdviceRule {
  /** How long a SOON-or-above outcome is followed up. */
  public static final Duration FOLLOW_UP = Duration.ofDays(14);

  private LastAdviceRule() {}

  public static Optional<LastAdvice> of(
      Area area, List<SessionRecord> sessions, List<TriageEntry> triages, Instant now) {
    List<LastAdvice> outcomes = new ArrayList<>();
    for (SessionRecord s : sessions) {
      if (s.area() == area && s.triageLevel() != null) {
        outcomes.add(new LastAdvice(area, s.startedAt(), s.triageLevel(), s.firedIds()));
      }
    }
    for (TriageEntry t : triages) {
      if (t.triage().area() == area) {
        outcomes.add(
            new LastAdvice(area, t.triage().at(), t.triage().level(), t.triage().firedIds()));
      }
    }
    return outcomes.stream()
        .filter(o -> !o.at().isAfter(now))
        // not Comparator.comparing: see PainTrend.of
        .max((a, b) -> a.at().compareTo(b.at()))
        .filter(o -> Levels.advisesCare(o.level()))
        .filter(o -> Duration.between(o.at(), now).compareTo(FOLLOW_UP) < 0);
  }
}
