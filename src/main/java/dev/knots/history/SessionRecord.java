package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recorded session as read back. The end fields are null while it runs ({@code ending} null);
 * pain values and {@code feltWarningSigns} are null when unanswered.
 */
public record SessionRecord(
    long id,
    Area area,
    String routineName,
    String routineOrigin,
    Instant startedAt,
    String triageLevel,
    List<String> firedIds,
    List<String> precautions,
    Integer painBefore,
    Instant endedAt,
    Integer stepsDone,
    Integer stepsSkipped,
    Long seconds,
    Ending ending,
    Integer painAfter,
    Boolean feltWarningSigns,
    String stopReason) {

  public SessionRecord {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(startedAt, "startedAt");
    firedIds = List.copyOf(firedIds);
    precautions = List.copyOf(precautions);
  }

  /** A session of this area at this time with these pain ratings; for tests and statistics. */
  public static SessionRecord of(Area area, Instant startedAt, Integer before, Integer after) {
    return new SessionRecord(
        0,
        area,
        "",
        "",
        startedAt,
        "SELF_CARE",
        List.of(),
        List.of(),
        before,
        null,
        null,
        null,
        null,
        Ending.COMPLETED,
        after,
        null,
        null);
  }
}
