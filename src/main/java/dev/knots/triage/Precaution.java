package dev.knots.triage;

import dev.knots.body.Area;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A precaution: it never refers, it changes the session through its effects. {@code after} names
 * the precaution it follows up: it is asked only after a yes to that one (high-risk-pregnancy after
 * pregnancy).
 */
public record Precaution(
    String id,
    Set<Area> areas,
    String summary,
    List<String> question,
    Set<Effect> effects,
    String advice,
    Optional<String> cue,
    Optional<String> comeBack,
    List<String> sources,
    Optional<String> after) {

  public Precaution {
    Objects.requireNonNull(id);
    areas = Set.copyOf(areas);
    Objects.requireNonNull(summary);
    question = List.copyOf(question);
    effects = Set.copyOf(effects);
    Objects.requireNonNull(advice);
    Objects.requireNonNull(cue);
    Objects.requireNonNull(comeBack);
    sources = List.copyOf(sources);
    Objects.requireNonNull(after);
    if (effects.contains(Effect.STEP_CUE) && cue.isEmpty()) {
      throw new IllegalArgumentException("a STEP_CUE precaution needs its cue: " + id);
    }
    if (effects.contains(Effect.NO_SESSION_TODAY) && comeBack.isEmpty()) {
      throw new IllegalArgumentException(
          "a precaution that stops today says when to return: " + id);
    }
  }

  public boolean appliesTo(Area area) {
    return areas.contains(area);
  }
}
