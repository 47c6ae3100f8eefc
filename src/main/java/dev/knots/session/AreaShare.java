package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Routine;
import java.util.Objects;

/**
 * One area of a session over several: its routine, its weight in the time split (1-3, from the
 * activity map; 1 when the areas were named) and why it is in the session, as the overview says it.
 *
 * @param why "running: calves 3" or "asked for"
 */
public record AreaShare(Area area, Routine routine, int weight, String why) {
  public static final int MIN_WEIGHT = 1;
  public static final int MAX_WEIGHT = 3;

  public AreaShare {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(why, "why");
    if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
      throw new IllegalArgumentException("a weight is from 1 to 3: " + weight);
    }
  }
}
