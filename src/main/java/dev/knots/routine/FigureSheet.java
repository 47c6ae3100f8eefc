package dev.knots.routine;

import java.util.ArrayList;
import java.util.List;

/** Figures laid out as text for a listing: a heading, then the drawing, indented (pure). */
public final class FigureSheet {
  private static final String INDENT = "    ";
  private static final String GAP = "      ";

  private FigureSheet() {}

  /** "name - what it shows", then the drawing for the left side. */
  public static List<String> entry(Figure figure) {
    List<String> lines = new ArrayList<>();
    lines.add(figure.name() + " - " + figure.description());
    for (String line : figure.lines()) {
      lines.add((INDENT + line).stripTrailing());
    }
    return lines;
  }

  /** Every figure's {@link #entry}, a blank line between two. */
  public static List<String> catalogue(List<Figure> figures) {
    List<String> lines = new ArrayList<>();
    for (Figure figure : figures) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(entry(figure));
    }
    return lines;
  }

  /** The figure for the left side and, beside it, its mirror for the right side. */
  public static List<String> bothSides(Figure figure) {
    List<String> lines = new ArrayList<>();
    lines.add(figure.name() + " - " + figure.description());
    lines.add("");
    String left = "left side";
    lines.add(
        (INDENT
                + left
                + " ".repeat(Math.max(1, figure.width() - left.length()))
                + GAP
                + "right side")
            .stripTrailing());
    Figure right = figure.mirrored();
    for (int i = 0; i < figure.height(); i++) {
      lines.add((INDENT + figure.lines().get(i) + GAP + right.lines().get(i)).stripTrailing());
    }
    return lines;
  }

  /** A step's drawing indented under it in a routine listing (a literal drawing has no name). */
  public static List<String> indented(Figure figure, String indent) {
    List<String> lines = new ArrayList<>();
    for (String line : figure.lines()) {
      lines.add((indent + line).stripTrailing());
    }
    return lines;
  }
}
