package dev.knots.routine;

import dev.knots.body.Area;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A routine as written in one YAML file.
 *
 * @param id the file name without extension (lower-case words and dashes)
 * @param name the display name
 */
public record Routine(
    String id,
    String name,
    Area area,
    String summary,
    List<String> equipment,
    List<String> cautions,
    List<String> sources,
    List<Step> steps) {

  public Routine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    summary = summary == null ? "" : summary;
    equipment = List.copyOf(equipment);
    cautions = List.copyOf(cautions);
    sources = List.copyOf(sources);
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a routine needs at least one step");
    }
  }

  /** The whole routine's length, both sides of two-sided steps counted. */
  public Duration totalDuration() {
    return steps.stream().map(Step::totalDuration).reduce(Duration.ZERO, Duration::plus);
  }

  public Routine withSteps(List<Step> newSteps) {
    return new Routine(id, name, area, summary, equipment, cautions, sources, newSteps);
  }
}
