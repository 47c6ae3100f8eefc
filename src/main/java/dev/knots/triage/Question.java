package dev.knots.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the quiz must ask next: a yes/no item, a list screen ("do any of these apply?") or a
 * 0-10 scale. {@code id} is the {@code --answer} id that answers it.
 */
public record Question(
    String id,
    Kind kind,
    Optional<Level> level,
    List<String> lines,
    List<String> items,
    List<PainAnchor> anchors) {

  /** How the question is answered. */
  public enum Kind {
    /** y or n. */
    YES_NO,
    /** y (one or more apply: ask them one by one) or n (none apply). */
    GROUP,
    /** A whole number from 0 to 10. */
    SCALE
  }

  public Question {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(level);
    lines = List.copyOf(lines);
    items = List.copyOf(items);
    anchors = List.copyOf(anchors);
  }

  static Question yesNo(String id, Optional<Level> level, List<String> lines) {
    return new Question(id, Kind.YES_NO, level, lines, List.of(), List.of());
  }

  /** The question in one line, for error messages. */
  public String text() {
    return String.join(" ", lines);
  }
}
