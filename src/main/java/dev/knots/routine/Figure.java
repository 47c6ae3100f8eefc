package dev.knots.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A position drawn in text, as seen for the left side; {@link #mirrored()} is the right side. Lines
 * are padded to the same width, so the mirror of the mirror is the figure itself.
 *
 * @param name the bundled name, or empty for a drawing in a routine file
 * @param description the position in words (plain mode, voice, the figures list)
 */
public record Figure(String name, String description, List<String> lines) {
  /** A figure sits beside the countdown: at most this wide... */
  public static final int MAX_COLUMNS = 36;

  /** ...and this tall. */
  public static final int MAX_LINES = 12;

  /** Characters that face one way, each with the one facing the other way. */
  private static final String PAIRS = "/\\()<>[]{}┌┐└┘├┤╭╮╰╯╱╲╔╗╚╝╠╣┏┓┗┛┣┫╒╕╘╛╓╖╙╜";

  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    lines = padded(lines);
    if (lines.isEmpty() || lines.size() > MAX_LINES || width(lines) > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "a figure has 1 to " + MAX_LINES + " lines of at most " + MAX_COLUMNS + " columns");
    }
  }

  /** A drawing from a routine file: lines as written, trailing blank lines dropped. */
  public static Figure drawing(String text) {
    List<String> lines = new ArrayList<>(List.of(text.stripTrailing().split("\n", -1)));
    return new Figure("", "", lines);
  }

  public int width() {
    return width(lines);
  }

  public int height() {
    return lines.size();
  }

  /**
   * The figure for the right side: each line reversed, with the characters that face a way swapped.
   */
  public Figure mirrored() {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      StringBuilder mirrored = new StringBuilder(line.length());
      for (int i = line.length() - 1; i >= 0; i--) {
        mirrored.append(swap(line.charAt(i)));
      }
      out.add(mirrored.toString());
    }
    return new Figure(name, description, out);
  }

  static char swap(char c) {
    int at = PAIRS.indexOf(c);
    if (at < 0) {
      return c;
    }
    return PAIRS.charAt(at % 2 == 0 ? at + 1 : at - 1);
  }

  private static List<String> padded(List<String> lines) {
    int width = width(lines);
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(line + " ".repeat(width - line.length()));
    }
    return List.copyOf(out);
  }

  private static int width(List<String> lines) {
    int widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, line.length());
    }
    return widest;
  }
}
