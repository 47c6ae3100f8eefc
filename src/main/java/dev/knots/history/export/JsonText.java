package dev.knots.history.export;

import java.util.List;
import java.util.Map;

/**
 * JSON objects as Jackson's default pretty printer writes them (two-space indents, {@code " : "},
 * arrays on one line, {@code [ ]} and {@code { }} when empty): the history's JSON was written by
 * Jackson, and scripts may compare it byte for byte. A test checks the two against each other.
 */
final class JsonText {
  private final StringBuilder out;
  private final String newline;
  private final String indent;
  private boolean empty = true;

  /** An object at nesting {@code depth} (1: the top), its opening brace written. */
  private JsonText(StringBuilder out, String newline, int depth) {
    this.out = out;
    this.newline = newline;
    this.indent = "  ".repeat(depth);
    out.append('{');
  }

  static JsonText object(StringBuilder out, String newline) {
    return new JsonText(out, newline, 1);
  }

  JsonText string(String name, String value) {
    if (value == null) {
      return raw(name, "null");
    }
    name(name);
    quoted(out, value);
    return this;
  }

  JsonText number(String name, Number value) {
    return raw(name, String.valueOf(value));
  }

  JsonText bool(String name, Boolean value) {
    return raw(name, String.valueOf(value));
  }

  JsonText strings(String name, List<String> values) {
    if (values == null) {
      return raw(name, "null");
    }
    name(name);
    out.append('[');
    String separator = " ";
    for (String value : values) {
      out.append(separator);
      quoted(out, value);
      separator = ", ";
    }
    out.append(" ]");
    return this;
  }

  JsonText object(String name, Map<String, String> values) {
    if (values == null) {
      return raw(name, "null");
    }
    name(name);
    JsonText inner = new JsonText(out, newline, indent.length() / 2 + 1);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      inner.string(entry.getKey(), entry.getValue());
    }
    inner.close();
    return this;
  }

  /** Writes the closing brace. */
  void close() {
    if (empty) {
      out.append(" }");
    } else {
      out.append(newline).append(indent, 2, indent.length()).append('}');
    }
  }

  private JsonText raw(String name, String value) {
    name(name);
    out.append(value);
    return this;
  }

  private void name(String name) {
    out.append(empty ? "" : ",").append(newline).append(indent);
    empty = false;
    quoted(out, name);
    out.append(" : ");
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON string: quotes, backslashes and control characters escaped, as Jackson does. */
  static void quoted(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
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
