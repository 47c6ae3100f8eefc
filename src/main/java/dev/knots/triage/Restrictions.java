package dev.knots.triage;

import dev.knots.body.Area;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How today's session must change, as data the session applies: the effects, a cue to show on every
 * step (for leg cues the session shows them on leg steps), the notes to show before the routine,
 * and when to come back if there is no session today.
 *
 * @param someAreas in a session over several areas, the precautions (by id) that concern only some
 *     of its areas, with those areas: their effects hold for those areas' steps only (a precaution
 *     that stops today stops those areas); any other precaution holds for every step
 */
public record Restrictions(
    Set<Effect> effects,
    List<String> stepCues,
    List<String> notes,
    Optional<String> comeBack,
    List<String> precautionIds,
    Map<String, Set<Area>> someAreas) {

  public Restrictions {
    effects = effects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(effects));
    stepCues = List.copyOf(stepCues);
    notes = List.copyOf(notes);
    Objects.requireNonNull(comeBack);
    precautionIds = List.copyOf(precautionIds);
    Map<String, Set<Area>> copy = new LinkedHashMap<>();
    someAreas.forEach((id, areas) -> copy.put(id, Set.copyOf(areas)));
    someAreas = Collections.unmodifiableMap(copy);
  }

  /** Every precaution for every step (a session over one area). */
  public Restrictions(
      Set<Effect> effects,
      List<String> stepCues,
      List<String> notes,
      Optional<String> comeBack,
      List<String> precautionIds) {
    this(effects, stepCues, notes, comeBack, precautionIds, Map.of());
  }

  public static Restrictions none() {
    return new Restrictions(Set.of(), List.of(), List.of(), Optional.empty(), List.of());
  }

  /** The areas a precaution concerns, or empty when it holds for every step. */
  public Optional<Set<Area>> areasOf(String precautionId) {
    return Optional.ofNullable(someAreas.get(precautionId));
  }

  /** "calves and hamstrings", in the areas' order. */
  public static String names(Set<Area> areas) {
    List<String> words = areas.stream().sorted().map(a -> a.id().replace('-', ' ')).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
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
