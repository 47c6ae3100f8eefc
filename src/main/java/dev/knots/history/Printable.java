package dev.knots.history;

/**
 * Stored text made safe to print in one line: it came from files and answers we do not control, and
 * a line break would break a table, an ESC could drive the reader's terminal.
 */
public final class Printable {
  /** What stands in for a control character that is not white space, so it is seen not obeyed. */
  static final char REPLACEMENT = '\uFFFD';

  private Printable() {}

  /**
   * The text with each run of line breaks and each other white-space control (tab, form feed) as
   * one space, and every other control character (C0, DEL, C1) as U+FFFD; printable Unicode is kept
   * as it is. Null stays null.
   */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
      if (lineBreak) {
        if (!inBreak) {
          out.append(' ');
        }
      } else if (c == '\t' || c == '\u000B' || c == '\f') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
      inBreak = lineBreak;
    }
    return out.toString();
  }
}
