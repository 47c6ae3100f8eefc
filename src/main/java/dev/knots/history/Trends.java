package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history facts triage asks for: the sessions and runs they need, read from the tables, judged
 * by the pure {@link PainTrend} and {@link LastAdviceRule}.
 */
final class Trends {
  private final SessionTable sessions;
  private final TriageTable triages;

  Trends(SessionTable sessions, TriageTable triages) {
    this.sessions = sessions;
    this.triages = triages;
  }

  /**
   * The {@code not-improving} fact, counting today's pain rating (null if not known yet) as a
   * session now: one earlier session two weeks ago at the same pain is then enough.
   */
  boolean notImproving(Area area, Instant now, Integer painNow) {
    List<SessionRecord> recent =
        new ArrayList<>(sessions.read(area, now.minus(PainTrend.LOOKBACK)));
    if (painNow != null) {
      recent.add(SessionRecord.of(area, now, painNow, null));
    }
    return PainTrend.of(area, recent, now).notImproving();
  }

  /** The last triage of the area if it advised care less than 14 days ago. */
  Optional<LastAdvice> lastAdvice(Area area, Instant now) {
    Instant since = now.minus(LastAdviceRule.FOLLOW_UP);
    return LastAdviceRule.of(area, sessions.read(area, since), triages.read(area, since), now);
  }
}
