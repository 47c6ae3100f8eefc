package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One history with every case the exports and summaries have to get right (each ending, a running
 * session, unrated pain, a session and a check at the same moment, a check without an area, text
 * that CSV, JSON and Markdown must escape), read at a fixed moment in a zone east of UTC.
 */
public final class FixedHistory {
  /** When the golden outputs are made: a Friday morning in Berlin. */
  public static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

  private FixedHistory() {}

  /** Writes the history into a new store in {@code stateDir}. */
  public static void writeTo(Path stateDir) {
    // 23:30 UTC is already the next day in Berlin: days and minutes must use the zone
    session(stateDir, Area.NECK, "basic", 40, "23:30", 7, 6, Ending.COMPLETED, false, null);
    session(stateDir, Area.NECK, "basic", 30, "08:00", 6, 5, Ending.COMPLETED, null, null);
    session(stateDir, Area.NECK, "basic", 20, "08:00", 6, 4, Ending.COMPLETED, false, null);
    session(stateDir, Area.NECK, "basic", 10, "08:00", 5, 3, Ending.QUIT, null, null);
    session(
        stateDir,
        Area.NECK,
        "neck-release-for-desk-workers",
        3,
        "07:45",
        4,
        null,
        Ending.STOPPED,
        true,
        "sharp pain, \"numb\" | tingling\nthen dizzy\u0001 \u00e9 \u20ac \ud83d\ude00");
    session(
        stateDir, Area.CALVES, "calf-release", 12, "18:00", 4, 4, Ending.COMPLETED, false, null);
    session(
        stateDir, Area.CALVES, "calf-release", 2, "18:00", 4, 4, Ending.INTERRUPTED, null, null);
    session(
        stateDir, Area.LOWER_BACK, "gentle, \"slow\"", 1, "06:00", null, null, null, null, null);
    try (HistoryStore store = HistoryStore.open(stateDir, CLOCK)) {
      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("soon", "yes");
      answers.put("not-improving", "yes");
      answers.put("pain", "6");
      long id =
          store.sessionStarted(
              new SessionStart(
                  Area.UPPER_BACK,
                  "upper-back-basic",
                  "/home/ana/routines/upper back.yaml",
                  at(5, "12:00"),
                  "SOON",
                  List.of("not-improving"),
                  List.of("blood-thinners", "pregnancy"),
                  6,
                  answers));
      store.sessionEnded(id, new SessionEnd(3, 2, 420, Ending.COMPLETED, 5, false, null));
      // a check at the very moment of a session: the session is listed first
      store.triageRecorded(triage(Area.NECK, at(10, "08:00"), "SELF_CARE", List.of(), "pain", "5"));
      store.triageRecorded(
          triage(
              Area.NECK,
              at(4, "21:10"),
              "SOON",
              List.of("radiating-pain", "night-pain"),
              "radiating-pain",
              "yes",
              "night-pain",
              "yes, \"often\"",
              "pain",
              "6"));
      store.triageRecorded(
          triage(null, at(2, "09:00"), "EMERGENCY", List.of("chest-pain"), "chest-pain", "yes"));
    }
  }

  private static void session(
      Path stateDir,
      Area area,
      String routine,
      int daysAgo,
      String time,
      Integer before,
      Integer after,
      Ending ending,
      Boolean warningSigns,
      String why) {
    Instant start = at(daysAgo, time);
    long seconds = 300 + daysAgo;
    try (HistoryStore store =
        HistoryStore.open(stateDir, Clock.fixed(start.plusSeconds(seconds), ZONE))) {
      long id =
          store.sessionStarted(
              new SessionStart(
                  area, routine, "bundled", start, "SELF_CARE", List.of(), List.of(), before));
      if (ending != null) {
        store.sessionEnded(id, new SessionEnd(4, 1, seconds, ending, after, warningSigns, why));
      }
    }
  }

  private static TriageRecord triage(
      Area area, Instant at, String level, List<String> fired, String... answers) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      given.put(answers[i], answers[i + 1]);
    }
    return new TriageRecord(area, at, level, fired, given);
  }

  /** A UTC time of day so many days before {@link #NOW}. */
  private static Instant at(int daysAgo, String utcTime) {
    return Instant.parse(
        NOW.minus(Duration.ofDays(daysAgo)).toString().substring(0, 11) + utcTime + ":00Z");
  }
}
