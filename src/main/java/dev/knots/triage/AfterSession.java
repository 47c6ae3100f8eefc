package dev.knots.triage;

import dev.knots.body.Area;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the after-session questions found: the pain rating (one for the session, or one per area of
 * a session over several, since progress is per area) and the warning-signs answer (empty =
 * unanswered, recorded as such), the stop reason if the stop key ended it, and the advice shown.
 */
public record AfterSession(
    OptionalInt painAfter,
    Map<Area, Integer> painAfterByArea,
    Optional<Boolean> feltWarningSigns,
    Optional<StopReason> stopReason,
    List<String> advice) {

  public AfterSession {
    Objects.requireNonNull(painAfter);
    painAfterByArea = Collections.unmodifiableMap(new LinkedHashMap<>(painAfterByArea));
    Objects.requireNonNull(feltWarningSigns);
    Objects.requireNonNull(stopReason);
    advice = List.copyOf(advice);
  }

  /** The rating for one area: its own, else the session's; empty when it was not answered. */
  public OptionalInt painAfter(Area area) {
    Integer own = painAfterByArea.get(area);
    return own != null ? OptionalInt.of(own) : painAfter;
  }
}
