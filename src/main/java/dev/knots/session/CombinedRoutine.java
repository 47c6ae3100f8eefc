package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Routine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One routine made of several areas' routines (a session after training): the steps in the order
 * they run, the area each step works on, and each area's share of the time.
 *
 * @param stepAreas one per step of {@code routine}
 * @param parts each area's share, in session order
 */
public record CombinedRoutine(Routine routine, List<Area> stepAreas, List<Part> parts) {
  public CombinedRoutine {
    Objects.requireNonNull(routine, "routine");
    stepAreas = List.copyOf(stepAreas);
    parts = List.copyOf(parts);
    if (stepAreas.size() != routine.steps().size()) {
      throw new IllegalArgumentException("one area per step");
    }
  }

  /** The session's areas, in order. */
  public List<Area> areas() {
    return parts.stream().map(p -> p.share().area()).toList();
  }

  /**
   * An area's part of the session.
   *
   * @param time the area's steps' time, both sides and switches counted (the breathing step apart)
   */
  public record Part(AreaShare share, Duration time) {
    public Part {
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(time, "time");
    }
  }
}
