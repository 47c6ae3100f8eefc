package dev.knots.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The one way knots writes JSON documents: a tree of maps, lists, strings, numbers, booleans and
 * nulls, indented as Jackson's default pretty printer does (the shape cli.md's examples show). No
 * Jackson here: creating an ObjectMapper costs ~65 ms, before a quiz's outcome can be printed.
 */
public final class Json {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Json() {}

  /** The value as an indented document, without a final line break. */
  public static String pretty(Object value) {
    return pretty(value, "\n");
  }

  /**
   * As {@link #pretty(Object)}, breaking lines with {@code newline} (the history's export used the
   * system's line separator, as Jackson's pretty printer does by default).
   */
  public static String pretty(Object value, String newline) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, 0, newline);
    return out.toString();
  }

  /** The value on one line without spaces, as JSON Lines (one event a line) wants it. */
  public static String line(Object value) {
    StringBuilder out = new StringBuilder(128);
    compact(out, value);
    return out.toString();
  }

  private static void compact(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        quote(out, String.valueOf(entry.getKey()));
        out.append(':');
        compact(out, entry.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object element : list) {
        out.append(first ? "" : ",");
        first = false;
        compact(out, element);
      }
      out.append(']');
    } else {
      write(out, value, 0, "");
    }
  }

  private static void write(StringBuilder out, Object value, int level, String newline) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Enum<?> constant) {
      quote(out, constant.name());
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, level, newline);
    } else if (value instanceof Collection<?> list) {
      array(out, list, level, newline);
    } else {
      throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
    }
  }

  // objects break lines and indent by two; arrays stay on one line ("[ 1, 2 ]"), as Jackson's
  private static void object(StringBuilder out, Map<?, ?> map, int level, String newline) {
    if (map.isEmpty()) {
      out.append("{ }");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      newLine(out, level + 1, newline);
      quote(out, String.valueOf(entry.getKey()));
      out.append(" : ");
      write(out, entry.getValue(), level + 1, newline);
    }
    newLine(out, level, newline);
    out.append('}');
  }

  private static void array(StringBuilder out, Collection<?> list, int level, String newline) {
    if (list.isEmpty()) {
      out.append("[ ]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object element : list) {
      out.append(first ? " " : ", ");
      first = false;
      write(out, element, level, newline);
    }
    out.append(" ]");
  }

  private static void newLine(StringBuilder out, int level, String newline) {
    out.append(newline);
    out.append("  ".repeat(level));
  }

  /** A JSON string: quote, backslash and control characters escaped, the rest as it is. */
  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
