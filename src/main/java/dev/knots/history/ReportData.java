package dev.knots.history;

import dev.knots.body.Area;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** The figures a clinician report gives for one area's sessions (pure; sessions in any order). */
public record ReportData(
    Area area,
    int sessions,
    int completed,
    int quit,
    int stopped,
    int interrupted,
    int endedUnexpectedly,
    Instant first,
    Instant last,
    OptionalDouble meanBefore,
    OptionalDouble meanAfter,
    OptionalDouble meanDrop,
    double perWeek) {

  public static ReportData of(Area area, List<SessionRecord> sessions) {
    int completed = count(sessions, Ending.COMPLETED);
    Instant first =
        sessions.stream().map(SessionRecord::startedAt).min(Instant::compareTo).orElse(null);
    Instant last =
        sessions.stream().map(SessionRecord::startedAt).max(Instant::compareTo).orElse(null);
    double weeks = first == null ? 1 : Math.max(1, Duration.between(first, last).toDays() / 7.0);
    return new ReportData(
        area,
        sessions.size(),
        completed,
        count(sessions, Ending.QUIT),
        count(sessions, Ending.STOPPED),
        count(sessions, Ending.INTERRUPTED),
        count(sessions, Ending.ENDED_UNEXPECTEDLY),
        first,
        last,
        sessions.stream()
            .filter(s -> s.painBefore() != null)
            .mapToInt(SessionRecord::painBefore)
            .average(),
        sessions.stream()
            .filter(s -> s.painAfter() != null)
            .mapToInt(SessionRecord::painAfter)
            .average(),
        sessions.stream()
            .filter(s -> s.painBefore() != null && s.painAfter() != null)
            .mapToInt(s -> s.painBefore() - s.painAfter())
            .average(),
        sessions.size() / weeks);
  }

  private static int count(List<SessionRecord> sessions, Ending ending) {
    return (int) sessions.stream().filter(s -> s.ending() == ending).count();
  }
}
