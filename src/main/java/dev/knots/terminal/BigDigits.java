package dev.knots.terminal;

import java.util.List;

/** A three-row block font for the time left, readable from a mat on the floor. */
final class BigDigits {
  private static final String[][] GLYPHS = {
    {"█▀█", "█ █", "▀▀▀"},
    {"▀█ ", " █ ", "▀▀▀"},
    {"▀▀█", "█▀▀", "▀▀▀"},
    {"▀▀█", " ▀█", "▀▀▀"},
    {"█ █", "▀▀█", "  ▀"},
    {"█▀▀", "▀▀█", "▀▀▀"},
    {"█▀▀", "█▀█", "▀▀▀"},
    {"▀▀█", "  █", "  ▀"},
    {"█▀█", "█▀█", "▀▀▀"},
    {"█▀█", "▀▀█", "▀▀▀"}
  };
  private static final String[] COLON = {"▄", "▄", " "};

  private BigDigits() {}

  /** The three rows of a time such as 1:05. */
  static List<String> render(String time) {
    StringBuilder[] rows = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    for (int i = 0; i < time.length(); i++) {
      char c = time.charAt(i);
      String[] glyph = c == ':' ? COLON : GLYPHS[c - '0'];
      for (int r = 0; r < 3; r++) {
        if (i > 0) {
          rows[r].append(' ');
        }
        rows[r].append(glyph[r]);
      }
    }
    return List.of(rows[0].toString(), rows[1].toString(), rows[2].toString());
  }

  static int width(String time) {
    return render(time).get(0).length();
  }
}
