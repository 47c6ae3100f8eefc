package dev.knots.triage;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The red flags, precautions, pain anchors and level texts, as read from catalogue.yaml. */
public record Catalogue(
    List<Flag> flags,
    List<Precaution> precautions,
    List<PainAnchor> anchors,
    int severeFrom,
    Map<Level, LevelAdvice> levels,
    Texts texts,
    List<StepEffects> stepEffects) {

  public Catalogue {
    flags = List.copyOf(flags);
    stepEffects = List.copyOf(stepEffects);
    precautions = List.copyOf(precautions);
    anchors = List.copyOf(anchors);
    levels = Map.copyOf(new EnumMap<>(levels));
    for (Level level : Level.values()) {
      if (!levels.containsKey(level)) {
        throw new IllegalArgumentException("no advice for level " + level);
      }
    }
    Set<String> precautionIds = new LinkedHashSet<>();
    precautions.forEach(p -> precautionIds.add(p.id()));
    for (Precaution p : precautions) {
      if (p.after().isPresent() && !precautionIds.contains(p.after().get())) {
        throw new IllegalArgumentException(p.id() + " follows an unknown " + p.after().get());
      }
    }
    Set<String> rows = new HashSet<>();
    for (StepEffects row : stepEffects) {
      if (!precautionIds.contains(row.precautionId())) {
        throw new IllegalArgumentException(
            "precaution effects for an unknown precaution: " + row.precautionId());
      }
      if (!rows.add(row.precautionId())) {
        throw new IllegalArgumentException(
            "two rows of precaution effects for " + row.precautionId());
      }
    }
  }

  /** A catalogue without a table of precaution effects (tests of the quiz and its wording). */
  public Catalogue(
      List<Flag> flags,
      List<Precaution> precautions,
      List<PainAnchor> anchors,
      int severeFrom,
      Map<Level, LevelAdvice> levels,
      Texts texts) {
    this(flags, precautions, anchors, severeFrom, levels, texts, List.of());
  }

  /** What this precaution changes in each step, if it changes steps (triage.md v2). */
  public Optional<StepEffects> stepEffects(String precautionId) {
    return stepEffects.stream().filter(e -> e.precautionId().equals(precautionId)).findFirst();
  }

  public Optional<Flag> flag(String id) {
    return flags.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Precaution> precaution(String id) {
    return precautions.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The flags of this level the quiz asks for the area (every area when empty). */
  public List<Flag> askedFlags(Level level, Optional<Area> area) {
    return flags.stream()
        .filter(f -> f.level() == level && f.asked())
        .filter(f -> area.map(f::appliesTo).orElse(true))
        .toList();
  }

  /** The flags of this level the quiz asks when any of these areas needs them (the union). */
  public List<Flag> askedFlags(Level level, Set<Area> areas) {
    return flags.stream()
        .filter(f -> f.level() == level && f.asked())
        .filter(f -> areas.stream().anyMatch(f::appliesTo))
        .toList();
  }

  /** The precautions the quiz asks for the area (every one when empty). */
  public List<Precaution> askedPrecautions(Optional<Area> area) {
    return precautions.stream().filter(p -> area.map(p::appliesTo).orElse(true)).toList();
  }

  /** The precautions the quiz asks when any of these areas needs them (the union). */
  public List<Precaution> askedPrecautions(Set<Area> areas) {
    return precautions.stream().filter(p -> areas.stream().anyMatch(p::appliesTo)).toList();
  }

  /** The precaution an item follows up (asked only after a yes to it), if any. */
  public Optional<String> followUpOf(String id) {
    return precaution(id).flatMap(Precaution::after);
  }

  /**
   * The item ids of a group's list that the quiz asks for the area given these answers: a follow-up
   * only after a yes to the item it follows.
   */
  public List<String> askedItemIds(Group group, Optional<Area> area, Answers answers) {
    return itemIds(group, area).stream()
        .filter(id -> followUpOf(id).map(answers::isYes).orElse(true))
        .toList();
  }

  /** As {@link #askedItemIds(Group, Optional, Answers)}, for the union of these areas. */
  public List<String> askedItemIds(Group group, Set<Area> areas, Answers answers) {
    return itemIds(group, areas).stream()
        .filter(id -> followUpOf(id).map(answers::isYes).orElse(true))
        .toList();
  }

  /** The item ids of a group's list for the area, in catalogue order. */
  public List<String> itemIds(Group group, Optional<Area> area) {
    if (group == Group.PRECAUTIONS) {
      return askedPrecautions(area).stream().map(Precaution::id).toList();
    }
    return askedFlags(group.level().orElseThrow(), area).stream().map(Flag::id).toList();
  }

  /** The item ids of a group's list for the union of these areas, in catalogue order. */
  public List<String> itemIds(Group group, Set<Area> areas) {
    if (group == Group.PRECAUTIONS) {
      return askedPrecautions(areas).stream().map(Precaution::id).toList();
    }
    return askedFlags(group.level().orElseThrow(), areas).stream().map(Flag::id).toList();
  }

  /** Every yes/no item id of the catalogue (flags and precautions). */
  public Set<String> itemIds() {
    Set<String> ids = new LinkedHashSet<>();
    flags.forEach(f -> ids.add(f.id()));
    precautions.forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** The ids a person can answer for this area before a session, for help and error messages. */
  public List<String> answerIds(Optional<Area> area) {
    List<String> ids = new ArrayList<>();
    for (Group group : Group.values()) {
      ids.add(group.id());
      ids.addAll(itemIds(group, area));
    }
    ids.add(Ids.PAIN);
    ids.add(Ids.NONE);
    ids.add(Ids.ACKNOWLEDGE);
    return ids;
  }

  public LevelAdvice advice(Level level) {
    return levels.get(level);
  }
}
