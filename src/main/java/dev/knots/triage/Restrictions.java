package dev.knots.triage;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How today's session must change, as data the session applies: the effects, a cue to show on every
 * step (for leg cues the session shows them on leg steps), the notes to show before the routine,
 * and when to come back if there is no session today.
 */
public record Restrictions(
    Set<Effect> effects,
    List<String> stepCues,
    List<String> notes,
    Optional<String> comeBack,
    List<String> precautionIds) {

  public Restrictions {
    effects = effects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(effects));
    stepCues = List.copyOf(stepCues);
    notes = List.copyOf(notes);
    Objects.requireNonNull(comeBack);
    precautionIds = List.copyOf(precautionIds);
  }

  public static Restrictions none() {
    return new Restrictions(Set.of(), List.of(), List.of(), Optional.empty(), List.of());
  }

  public boolean noSessionToday() {
    return effects.contains(Effect.NO_SESSION_TODAY);
  }

  /** Gentle mode: firm steps become light, cues say light pressure. */
  public boolean lightPressureOnly() {
    return effects.contains(Effect.LIGHT_PRESSURE_ONLY);
  }

  public boolean noBallWork() {
    return effects.contains(Effect.NO_BALL_WORK);
  }

  public boolean skipSpineOrRibRolling() {
    return effects.contains(Effect.SKIP_SPINE_OR_RIB_ROLLING);
  }

  public boolean noDeepLegPressure() {
    return effects.contains(Effect.NO_DEEP_LEG_PRESSURE);
  }

  public boolean isEmpty() {
    return effects.isEmpty() && notes.isEmpty();
  }
}
