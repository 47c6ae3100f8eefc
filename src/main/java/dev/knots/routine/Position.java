package dev.knots.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where the body is during a step: precautions such as pregnancy depend on it. */
public enum Position {
  STANDING("standing", "standing"),
  SITTING("sitting", "sitting"),
  KNEELING("kneeling", "kneeling"),
  LYING_ON_BACK("lying-on-back", "lying on your back"),
  LYING_FACE_DOWN("lying-face-down", "lying face-down"),
  LYING_ON_SIDE("lying-on-side", "lying on your side"),
  LEANING_ON_WALL("leaning-on-wall", "leaning on a wall");

  private final String id;
  private final String words;

  Position(String id, String words) {
    this.id = id;
    this.words = words;
  }

  public String id() {
    return id;
  }

  /** The position in plain words, for reasons and plain mode: "lying face-down". */
  public String words() {
    return words;
  }

  public static Optional<Position> parse(String text) {
    return Arrays.stream(values()).filter(p -> p.id.equals(text)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Position::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
