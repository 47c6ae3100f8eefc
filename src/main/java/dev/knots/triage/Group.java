package dev.knots.triage;

import java.util.Optional;

/** The four list screens of the default flow, with their {@code --answer} ids. */
public enum Group {
  EMERGENCY("emergency", Level.EMERGENCY),
  URGENT("urgent", Level.URGENT),
  SOON("soon", Level.SOON),
  PRECAUTIONS("precautions", null);

  private final String id;
  private final Level level;

  Group(String id, Level level) {
    this.id = id;
    this.level = level;
  }

  public String id() {
    return id;
  }

  /** The level of the flags in this list; empty for precautions. */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  /** The group with this id, if any. */
  public static Optional<Group> byId(String id) {
    for (Group g : values()) {
      if (g.id.equals(id)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
