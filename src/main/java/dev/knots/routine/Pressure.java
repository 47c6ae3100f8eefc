package dev.knots.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How hard to press. */
public enum Pressure {
  LIGHT("light"),
  MODERATE("moderate"),
  FIRM("firm");

  private final String id;

  Pressure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Pressure> parse(String text) {
    return Arrays.stream(values()).filter(p -> p.id.equals(text)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Pressure::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
