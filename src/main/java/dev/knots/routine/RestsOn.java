package dev.knots.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a step's pressure rests on (the file's {@code over:}): precautions depend on it. */
public enum RestsOn {
  MUSCLE("muscle", "the muscle"),
  RIBS("ribs", "the ribs"),
  BESIDE_SPINE("beside-spine", "the muscles beside the spine"),
  BONY_POINT("bony-point", "a bony point"),
  CHEST_WALL("chest-wall", "the chest wall"),
  BELLY("belly", "the belly"),
  INNER_LEG("inner-leg", "the inner leg");

  private final String id;
  private final String words;

  RestsOn(String id, String words) {
    this.id = id;
    this.words = words;
  }

  public String id() {
    return id;
  }

  /** In plain words, after "rests on": "the ribs". */
  public String words() {
    return words;
  }

  public static Optional<RestsOn> parse(String text) {
    return Arrays.stream(values()).filter(r -> r.id.equals(text)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(RestsOn::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
