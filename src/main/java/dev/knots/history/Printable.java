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
   * one space, and every other control character (C0, DEL, C1) and every bidirectional control
   * (which would reorder what the reader sees, as in "Trojan Source") as U+FFFD; printable Unicode
   * is kept as it is. Null stays null.
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
      } else if (Character.isISOControl(c) || bidiControl(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
      inBreak = lineBreak;
    }
    return out.toString();
  }

  /** The marks, embeddings, overrides and isolates of Unicode's bidirectional algorithm. */
  private static boolean bidiControl(char c) {
    return c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
