package dev.knots.triage;

import dev.knots.body.Area;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A red flag of the catalogue: a yes to it sends the person to care at its level. A SOON flag may
 * carry a cue that every step of the gentle session then shows (growing-lump: "never press on the
 * lump").
 */
public record Flag(
    String id,
    Level level,
    Set<Area> areas,
    boolean asked,
    String summary,
    List<String> question,
    String reason,
    List<String> sources,
    Optional<String> cue) {

  public Flag {
    Objects.requireNonNull(id);
    Objects.requireNonNull(level);
    if (level == Level.SELF_CARE) {
      throw new IllegalArgumentException("a flag refers to care: " + id);
    }
    areas = Set.copyOf(areas);
    Objects.requireNonNull(summary);
    question = List.copyOf(question);
    Objects.requireNonNull(reason);
    sources = List.copyOf(sources);
    Objects.requireNonNull(cue);
  }

  /** Whether the quiz asks this flag for that area. */
  public boolean appliesTo(Area area) {
    return areas.contains(area);
  }
}
