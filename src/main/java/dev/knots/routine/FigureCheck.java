package dev.knots.routine;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a figure drawn in a routine file: at most 12 lines of 36 columns, ASCII or box-drawing
 * characters only (a tab or a control character draws differently in every terminal). A problem
 * points at the character itself when the file's text is known.
 */
final class FigureCheck {
  /** What is wrong and where. */
  record Found(YamlNode.Mark at, String message) {}

  private FigureCheck() {}

  /**
   * @param drawing the block as YAML read it (indentation removed)
   * @param at where the value starts (the {@code |} of a block)
   * @param source the file's text, or null when unknown (then problems point at {@code at})
   */
  static Optional<Found> problem(String drawing, YamlNode.Mark at, String source) {
    String[] lines = drawing.split("\n", -1);
    for (int row = 0; row < lines.length; row++) {
      String line = lines[row];
      for (int col = 0; col < line.length(); col++) {
        char c = line.charAt(col);
        boolean ascii = c >= 0x20 && c < 0x7F;
        boolean boxDrawing = c >= 0x2500 && c <= 0x257F;
        if (!ascii && !boxDrawing) {
          return Optional.of(
              new Found(
                  place(source, at, lines, row, col),
                  (c == '\t'
                          ? "the figure has a tab - draw with spaces"
                          : String.format(
                              Locale.ROOT,
                              "the figure has the character U+%04X - draw with ASCII or"
                                  + " box-drawing characters only",
                              (int) c))
                      + " (a figure is at most "
                      + Figure.MAX_COLUMNS
                      + " columns and "
                      + Figure.MAX_LINES
                      + " lines)"));
        }
      }
    }
    int widestRow = 0;
    for (int row = 0; row < lines.length; row++) {
      if (lines[row].length() > lines[widestRow].length()) {
        widestRow = row;
      }
    }
    int widest = lines[widestRow].length();
    if (widest > Figure.MAX_COLUMNS) {
      return Optional.of(
          new Found(
              place(source, at, lines, widestRow, Figure.MAX_COLUMNS),
              "the figure is "
                  + widest
                  + " columns wide - draw it in at most "
                  + Figure.MAX_COLUMNS
                  + " columns and "
                  + Figure.MAX_LINES
                  + " lines"));
    }
    if (lines.length > Figure.MAX_LINES) {
      return Optional.of(
          new Found(
              place(source, at, lines, Figure.MAX_LINES, 0),
              "the figure is "
                  + lines.length
                  + " lines tall - draw it in at most "
                  + Figure.MAX_COLUMNS
                  + " columns and "
                  + Figure.MAX_LINES
                  + " lines"));
    }
    return Optional.empty();
  }

  /**
   * The file position of a character of the drawing: in a block ({@code figure: |}) the drawing's
   * rows are the lines after the mark, each indented; found by matching the row against the file's
   * line, else the value's own place.
   */
  private static YamlNode.Mark place(
      String source, YamlNode.Mark at, String[] lines, int row, int col) {
    if (source == null || at.line() <= 0) {
      return at;
    }
    String[] file = source.split("\n", -1);
    int fileLine = at.line() + row; // at.line() is 1-based: the block's first row is the next line
    if (fileLine >= file.length) {
      return at;
    }
    String text = file[fileLine];
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (lines.length > 1 || isBlockIndicator(file[at.line() - 1], at.column())) {
      if (text.endsWith(lines[row]) && text.length() >= lines[row].length()) {
        return new YamlNode.Mark(fileLine + 1, text.length() - lines[row].length() + col + 1);
      }
    }
    return at;
  }

  private static boolean isBlockIndicator(String line, int column) {
    return column >= 1 && column <= line.length() && "|>".indexOf(line.charAt(column - 1)) >= 0;
  }
}
