package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is known when a session starts: the routine, where it came from (bundled, user file, path),
 * the triage outcome and the pain rating (null when it was not asked).
 */
public record SessionStart(
    Area area,
    String routineName,
    String routineOrigin,
    Instant startedAt,
    String triageLevel,
    List<String> firedIds,
    List<String> precautions,
    Integer painBefore) {

  public SessionStart {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(routineName, "routineName");
    routineOrigin = routineOrigin == null ? "" : routineOrigin;
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(triageLevel, "triageLevel");
    firedIds = List.copyOf(firedIds);
    precautions = List.copyOf(precautions);
    Pain.check(painBefore, "painBefore");
  }
}
