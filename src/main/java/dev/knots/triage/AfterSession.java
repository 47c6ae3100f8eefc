package dev.knots.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the after-session questions found: the pain rating and the warning-signs answer (empty =
 * unanswered, recorded as such), the stop reason if the stop key ended it, and the advice shown.
 */
public record AfterSession(
    OptionalInt painAfter,
    Optional<Boolean> feltWarningSigns,
    Optional<StopReason> stopReason,
    List<String> advice) {

  public AfterSession {
    Objects.requireNonNull(painAfter);
    Objects.requireNonNull(feltWarningSigns);
    Objects.requireNonNull(stopReason);
    advice = List.copyOf(advice);
  }
}
