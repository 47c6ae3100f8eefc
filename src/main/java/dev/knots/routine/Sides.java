package dev.knots.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which side of the body a step works; {@code BOTH} runs left, then right. */
public enum Sides {
  NONE("none"),
  LEFT("left"),
  RIGHT("right"),
  BOTH("both");

  private final String id;

  Sides(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** How many times the step's duration is spent. */
  public int count() {
    return this == BOTH ? 2 : 1;
  }

  public static Optional<Sides> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.id.equals(text)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Sides::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
