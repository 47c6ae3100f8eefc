package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known when a session starts: the routine, where it came from (bundled, user file, path),
 * the triage outcome, the pain rating (null when it was not asked) and the triage answers given
 * (question id to value, in the order asked; for the clinician report).
 */
public record SessionStart(
    Area area,
    String routineName,
    String routineOrigin,
    Instant startedAt,
    String triageLevel,
    List<String> firedIds,
    List<String> precautions,
    Integer painBefore,
    Map<String, String> answers,
    Long togetherWith) {

  /** A session over one area (or the first area of several). */
  public SessionStart(
      Area area,
      String routineName,
      String routineOrigin,
      Instant startedAt,
      String triageLevel,
      List<String> firedIds,
      List<String> precautions,
      Integer painBefore,
      Map<String, String> answers) {
    this(
        area,
        routineName,
        routineOrigin,
        startedAt,
        triageLevel,
        firedIds,
        precautions,
        painBefore,
        answers,
        null);
  }

  /** This start for another area of the same session, with that area's pain rating. */
  public SessionStart forArea(Area other, Integer pain, long firstId) {
    return new SessionStart(
        other,
        routineName,
        routineOrigin,
        startedAt,
        triageLevel,
        firedIds,
        precautions,
        pain,
        answers,
        firstId);
  }

  /** A start without the triage answers. */
  public SessionStart(
      Area area,
      String routineName,
      String routineOrigin,
      Instant startedAt,
      String triageLevel,
      List<String> firedIds,
      List<String> precautions,
      Integer painBefore) {
    this(
        area,
        routineName,
        routineOrigin,
        startedAt,
        triageLevel,
        firedIds,
        precautions,
        painBefore,
        Map.of());
  }

  public SessionStart {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(routineName, "routineName");
    routineOrigin = routineOrigin == null ? "" : routineOrigin;
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(triageLevel, "triageLevel");
    firedIds = List.copyOf(firedIds);
    precautions = List.copyOf(precautions);
    Pain.check(painBefore, "painBefore");
    answers =
        answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }
}
