package dev.knots.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a step asks the person to do. */
public enum Kind {
  THUMB_MASSAGE("thumb-massage"),
  BALL_MASSAGE("ball-massage"),
  FOAM_ROLL("foam-roll"),
  STRETCH("stretch"),
  BREATHE("breathe"),
  REST("rest");

  private final String id;

  Kind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether the step presses on tissue (and so is changed by pressure precautions). */
  public boolean appliesPressure() {
    return this == THUMB_MASSAGE || this == BALL_MASSAGE || this == FOAM_ROLL;
  }

  public static Optional<Kind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.id.equals(text)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Kind::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
