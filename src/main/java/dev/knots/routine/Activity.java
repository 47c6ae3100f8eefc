package dev.knots.routine;

import dev.knots.body.Area;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An activity of the activity map: the areas it loads, each with a weight from 1 to 3, in the order
 * written, and where it comes from.
 *
 * @param source "bundled" or the user file's path
 */
public record Activity(String name, Map<Area, Integer> weights, String source) {
  /** At most this many areas in one session (or activity): a session is for minutes, not hours. */
  public static final int MAX_AREAS = 6;

  public Activity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("an activity loads at least one area: " + name);
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }
}
