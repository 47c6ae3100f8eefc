package dev.knots.routine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain block YAML that routine files are written in (keys, lists, one-line plain or
 * quoted values, one-line {@code [a, b]} lists, comments) straight into {@link YamlNode}s, several
 * times faster than the full parser. Anything else, and anything wrong, gives null: {@link
 * YamlTreeReader} then reads the file in full and reports its problems, so messages never depend on
 * this reader. When it does give a tree, it is the one {@link YamlTreeReader} would give (the same
 * values, types and places), which {@code SimpleYamlReaderTest} checks against the full parser.
 */
final class SimpleYamlReader {
  /** Routines need 3 levels; deeper files are left to the full parser and its limits. */
  private static final int MAX_DEPTH = 8;

  /** The full parser's own scalar typing (YAML 1.1: numbers, true/false, null). Thread-safe. */
  private static final Resolver RESOLVER = new Resolver();

  /** Stands for "not in the subset": the caller falls back to the full parser. */
  private static final class NotSimple extends Exception {
    private static final long serialVersionUID = 1L;

    NotSimple() {
      super(null, null, false, false);
    }
  }

  private static final NotSimple NOT_SIMPLE = new NotSimple();

  /**
   * The text as chars: array reads are cheaper than charAt for the C1-only JIT the launcher uses.
   */
  private final char[] text;

  /**
   * Start of the current line, its 1-based number and its indentation; {@code pos} past end at EOF.
   */
  private int pos;

  private int line;
  private int indent;

  private SimpleYamlReader(char[] text) {
    this.text = text;
  }

  /** The document's root value, or null when the text is not in the simple subset. */
  static YamlNode read(String text) {
    char[] chars = text.toCharArray();
    if (!plainCharacters(chars)) {
      return null;
    }
    SimpleYamlReader reader = new SimpleYamlReader(chars);
    try {
      return reader.document();
    } catch (NotSimple e) {
      return null;
    }
  }

  /** No tabs, carriage returns or other YAML line breaks, no surrogates: columns are chars. */
  private static boolean plainCharacters(char[] text) {
    for (char c : text) {
      if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0xA0 || c >= 0x2028)) {
        return false;
      }
    }
    return true;
  }

  private YamlNode document() throws NotSimple {
    line = 1;
    pos = 0;
    if (!contentLine() || indent != 0) {
      throw NOT_SIMPLE;
    }
    YamlNode root = block(0, 1);
    if (pos < text.length) {
      throw NOT_SIMPLE;
    }
    return root;
  }

  /**
   * Moves to the first line from the current one that is not blank or a comment; false at the end.
   */
  private boolean contentLine() {
    while (pos < text.length) {
      int i = pos;
      while (i < text.length && text[i] == ' ') {
        i++;
      }
      if (i < text.length && text[i] != '\n' && text[i] != '#') {
        indent = i - pos;
        return true;
      }
      nextLine();
    }
    return false;
  }

  /** Moves past the end of the current line. */
  private void nextLine() {
    int end = lineEnd();
    pos = end < text.length ? end + 1 : end;
    line++;
  }

  /** The index of the current line's line feed, or the text's length. */
  private int lineEnd() {
    int i = pos;
    while (i < text.length && text[i] != '\n') {
      i++;
    }
    return i;
  }

  private char at(int i) {
    return i < text.length ? text[i] : '\n';
  }

  private YamlNode block(int column, int depth) throws NotSimple {
    if (depth > MAX_DEPTH) {
      throw NOT_SIMPLE;
    }
    int start = pos + column;
    if (at(start) == '-' && (at(start + 1) == ' ' || at(start + 1) == '\n')) {
      return sequence(column, depth);
    }
    return mapping(column, depth);
  }

  /** A block mapping whose keys start at {@code column}; the current line holds its first key. */
  private YamlNode.Mapping mapping(int column, int depth) throws NotSimple {
    if (depth > MAX_DEPTH) {
      throw NOT_SIMPLE;
    }
    YamlNode.Mark at = new YamlNode.Mark(line, column + 1);
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (true) {
      int keyStart = pos + column;
      int colon = keyEnd(keyStart);
      String key = new String(text, keyStart, colon - keyStart);
      if (!seen.add(key)) {
        // duplicates are reported by the full reader
        throw NOT_SIMPLE;
      }
      YamlNode.Mark keyAt = new YamlNode.Mark(line, column + 1);
      int v = colon + 1;
      while (at(v) == ' ') {
        v++;
      }
      YamlNode value;
      if (at(v) == '\n' || at(v) == '#') {
        nextLine();
        if (!contentLine() || indent <= column) {
          // an empty value, or a list at the key's own indentation
          throw NOT_SIMPLE;
        }
        value = block(indent, depth + 1);
      } else {
        value = inline(v, depth);
      }
      entries.add(new YamlNode.Entry(key, keyAt, value));
      if (pos >= text.length || indent < column) {
        return new YamlNode.Mapping(entries, at);
      }
      if (indent > column || at(pos + column) == '-') {
        throw NOT_SIMPLE;
      }
    }
  }

  /** A block sequence whose dashes are at {@code column}; the current line holds its first item. */
  private YamlNode.Sequence sequence(int column, int depth) throws NotSimple {
    YamlNode.Mark at = new YamlNode.Mark(line, column + 1);
    List<YamlNode> items = new ArrayList<>();
    while (true) {
      int v = pos + column + 1;
      while (at(v) == ' ') {
        v++;
      }
      char c = at(v);
      if (v == pos + column + 1 || c == '\n' || c == '#' || c == '-') {
        throw NOT_SIMPLE;
      }
      if (isKeyLine(v)) {
        items.add(mapping(v - pos, depth + 1));
      } else {
        items.add(inline(v, depth));
      }
      if (pos >= text.length || indent < column) {
        return new YamlNode.Sequence(items, at);
      }
      if (indent > column
          || at(pos + column) != '-'
          || (at(pos + column + 1) != ' ' && at(pos + column + 1) != '\n')) {
        throw NOT_SIMPLE;
      }
    }
  }

  /** The index of the colon after a simple key starting at {@code start}. */
  private int keyEnd(int start) throws NotSimple {
    int colon = colonAfterKey(start);
    if (colon < 0) {
      throw NOT_SIMPLE;
    }
    return colon;
  }

  private boolean isKeyLine(int start) {
    return colonAfterKey(start) >= 0;
  }

  /** The colon after a key of letters, digits, '-' and '_' starting at {@code start}, or -1. */
  private int colonAfterKey(int start) {
    int i = start;
    if (!isLetter(at(i))) {
      return -1;
    }
    while (isLetter(at(i)) || isDigit(at(i)) || at(i) == '-' || at(i) == '_') {
      i++;
    }
    if (at(i) != ':' || (at(i + 1) != ' ' && at(i + 1) != '\n')) {
      return -1;
    }
    return i;
  }

  /**
   * A value that starts at {@code v} and ends on the same line; afterwards the current line is the
   * next content line, which must not continue the value.
   */
  private YamlNode inline(int v, int depth) throws NotSimple {
    YamlNode.Mark valueAt = new YamlNode.Mark(line, v - pos + 1);
    int end = lineEnd();
    YamlNode value;
    int after;
    char c = text[v];
    if (c == '"' || c == '\'') {
      StringBuilder s = new StringBuilder();
      int i = v + 1;
      while (true) {
        if (i >= end || (c == '"' && text[i] == '\\')) {
          throw NOT_SIMPLE;
        }
        char d = text[i];
        if (d == c) {
          if (c == '\'' && at(i + 1) == '\'') {
            s.append('\'');
            i += 2;
            continue;
          }
          break;
        }
        s.append(d);
        i++;
      }
      value = new YamlNode.Scalar(s.toString(), YamlNode.Scalar.Type.TEXT, valueAt);
      after = i + 1;
    } else if (c == '[') {
      if (depth + 1 > MAX_DEPTH) {
        throw NOT_SIMPLE;
      }
      value = flowSequence(v, end, valueAt);
      after = v + 1;
      while (text[after - 1] != ']') {
        after++;
      }
    } else if ("-?:,]{}#&*!|>%@`".indexOf(c) >= 0) {
      throw NOT_SIMPLE;
    } else {
      int i = v;
      int last = v;
      while (i < end) {
        char d = text[i];
        if (d == ':' && (i + 1 == end || text[i + 1] == ' ')) {
          // a key where a value was expected: the full reader explains it
          throw NOT_SIMPLE;
        }
        if (d == '#' && text[i - 1] == ' ') {
          break;
        }
        if (d != ' ') {
          last = i;
        }
        i++;
      }
      value = plain(new String(text, v, last + 1 - v), valueAt);
      after = last + 1;
    }
    // only blanks and a comment may follow on the line
    int i = after;
    while (i < end && text[i] == ' ') {
      i++;
    }
    if (i < end && (text[i] != '#' || i == after)) {
      throw NOT_SIMPLE;
    }
    nextLine();
    contentLine();
    return value;
  }

  /** {@code [a, b]} on one line, its items plain words; {@code end} is the end of the line. */
  private YamlNode.Sequence flowSequence(int open, int end, YamlNode.Mark at) throws NotSimple {
    List<YamlNode> items = new ArrayList<>();
    int i = open + 1;
    while (at(i) == ' ') {
      i++;
    }
    if (at(i) == ']') {
      return new YamlNode.Sequence(items, at);
    }
    while (true) {
      int start = i;
      if (!isLetter(at(i)) && !isDigit(at(i))) {
        throw NOT_SIMPLE;
      }
      int last = i;
      while (i < end && (isLetter(at(i)) || isDigit(at(i)) || "-_. ".indexOf(at(i)) >= 0)) {
        if (at(i) != ' ') {
          last = i;
        }
        i++;
      }
      items.add(
          plain(
              new String(text, start, last + 1 - start), new YamlNode.Mark(line, start - pos + 1)));
      if (at(i) == ']') {
        return new YamlNode.Sequence(items, at);
      }
      if (at(i) != ',' || at(i + 1) != ' ') {
        throw NOT_SIMPLE;
      }
      i++;
      while (at(i) == ' ') {
        i++;
      }
    }
  }

  /** A plain scalar typed as the full parser types it; not simple for rarer types. */
  private static YamlNode.Scalar plain(String value, YamlNode.Mark at) throws NotSimple {
    Tag known = knownTag(value);
    Tag tag = known != null ? known : RESOLVER.resolve(NodeId.scalar, value, true);
    if (tag == Tag.STR) {
      return new YamlNode.Scalar(value, YamlNode.Scalar.Type.TEXT, at);
    }
    if (tag == Tag.INT && value.charAt(0) >= '1' && value.charAt(0) <= '9') {
      // Jackson reads digits as a number, and a sexagesimal 1:30 as text
      boolean digits = true;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!isDigit(c) && c != '_') {
          return new YamlNode.Scalar(value, YamlNode.Scalar.Type.TEXT, at);
        }
        digits &= isDigit(c);
      }
      if (digits) {
        return new YamlNode.Scalar(value, YamlNode.Scalar.Type.INTEGER, at);
      }
    }
    throw NOT_SIMPLE;
  }

  /**
   * The tag the resolver would give, where that is certain without trying its patterns (they are
   * regular expressions, and this runs for every value); null to ask it. Its patterns that start
   * with a letter are words of at most 5 letters starting with one of {@code yYnNtTfFoO} (true, no,
   * off, null, ...); those that start with a digit (numbers, dates) use no letters but {@code a-f
   * A-F x e E T t Z}.
   */
  private static Tag knownTag(String value) {
    char first = value.charAt(0);
    if (isLetter(first)) {
      return value.length() > 5 || "yYnNtTfFoO".indexOf(first) < 0 ? Tag.STR : null;
    }
    if (!isDigit(first)) {
      return null;
    }
    boolean digits = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isLetter(c) && "abcdefABCDEFxTtZ".indexOf(c) < 0) {
        // 45s, 1m30s: durations
        return Tag.STR;
      }
      digits &= isDigit(c);
    }
    return digits && first != '0' ? Tag.INT : null;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
