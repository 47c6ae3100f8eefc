package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The last triage of an area that advised care (SOON or above), and when it was given. */
public record LastAdvice(Area area, Instant at, String level, List<String> firedIds) {
  public LastAdvice {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    firedIds = List.copyOf(firedIds);
  }
}
