package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code knots triage} run: the area (null when none was given), the outcome level, the fired ids
 * and every answer given (question id to value, in the order asked).
 */
public record TriageRecord(
    Area area, Instant at, String level, List<String> firedIds, Map<String, String> answers) {

  public TriageRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    firedIds = List.copyOf(firedIds);
    // keep the order the questions were asked in: a clinician reads them in that order
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }
}
