package dev.knots.cli;

/**
 * A message that echoes what someone typed, made safe to print: control characters (escape
 * sequences could recolour or rewrite the terminal) shown escaped, and any word longer than 200
 * characters cut (a megabyte argument is not worth repeating).
 */
final class Echo {
  static final int MAX_WORD = 200;

  private Echo() {}

  static String clean(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(message.length(), 4096));
    int word = 0;
    boolean cut = false;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (Character.isWhitespace(c) && c != '\n' && c != '\r' && c != '\t') {
        word = 0;
        cut = false;
        out.append(c);
        continue;
      }
      if (cut) {
        continue;
      }
      if (++word > MAX_WORD) {
        out.append("...");
        cut = true;
        continue;
      }
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
