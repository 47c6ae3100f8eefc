package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the history export: a session or a safety check, with the fields of both kinds.
 * Fields that do not apply to the kind are null (a check has no routine, no pain ratings), and so
 * are the end fields of a session still running. Both kinds have answers: those given at the check,
 * or at the start of the session (none recorded: empty).
 */
public record HistoryRow(
    Kind kind,
    long id,
    Instant at,
    Area area,
    String routine,
    String origin,
    String level,
    List<String> fired,
    List<String> precautions,
    Map<String, String> answers,
    Integer painBefore,
    Integer painAfter,
    Integer stepsDone,
    Integer stepsSkipped,
    Long seconds,
    Ending ending,
    Boolean feltWarningSigns,
    String stopReason,
    Instant endedAt) {

  /** The field names of the CSV header and of the JSON objects, in order. */
  public static final List<String> FIELDS =
      List.of(
          "kind",
          "id",
          "at",
          "area",
          "routine",
          "origin",
          "level",
          "fired",
          "precautions",
          "answers",
          "painBefore",
          "painAfter",
          "stepsDone",
          "stepsSkipped",
          "seconds",
          "ending",
          "feltWarningSigns",
          "stopReason",
          "endedAt");

  /** What a row records. */
  public enum Kind {
    SESSION("session"),
    TRIAGE("triage");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** As written in the exports. */
    public String text() {
      return text;
    }
  }

  public HistoryRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    fired = List.copyOf(fired);
    precautions = precautions == null ? null : List.copyOf(precautions);
    answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /** A session's row, with the triage answers given at its start in the order asked. */
  public static HistoryRow of(SessionRecord s, Map<String, String> answers) {
    return new HistoryRow(
        Kind.SESSION,
        s.id(),
        s.startedAt(),
        s.area(),
        s.routineName(),
        s.routineOrigin(),
        s.triageLevel(),
        s.firedIds(),
        s.precautions(),
        answers,
        s.painBefore(),
        s.painAfter(),
        s.stepsDone(),
        s.stepsSkipped(),
        s.seconds(),
        s.ending(),
        s.feltWarningSigns(),
        s.stopReason(),
        s.endedAt());
  }

  /** A safety check's row. */
  public static HistoryRow of(TriageEntry entry) {
    TriageRecord t = entry.triage();
    return new HistoryRow(
        Kind.TRIAGE,
        entry.id(),
        t.at(),
        t.area(),
        null,
        null,
        t.level(),
        t.firedIds(),
        null,
        t.answers(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public boolean session() {
    return kind == Kind.SESSION;
  }

  /** The ending as exported: a session without one is still RUNNING; a check has none. */
  public String endingName() {
    if (!session()) {
      return null;
    }
    return ending == null ? "RUNNING" : ending.name();
  }
}
