package dev.knots.routine;

import java.util.List;
import java.util.Optional;

/** A YAML value read with its place in the file, so every problem can name line and column. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  /** Where the value starts (1-based). */
  Mark at();

  /** A place in the file. */
  record Mark(int line, int column) {}

  /** One {@code key: value} pair. */
  record Entry(String key, Mark keyAt, YamlNode value) {}

  /** A mapping, keys in file order (duplicates are reported while reading and dropped). */
  record Mapping(List<Entry> entries, Mark at) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    Optional<Entry> entry(String key) {
      // a loop, not a stream: this runs for every key of every step of every file validated
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Mark at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A plain or quoted value: its text as written and what YAML takes it for. */
  record Scalar(String text, Type type, Mark at) implements YamlNode {
    /** What YAML takes a scalar for. */
    enum Type {
      TEXT,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL
    }
  }

  /** How the value is described in messages ("a list", "text", ...). */
  static String describe(YamlNode node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return switch (s.type()) {
      case INTEGER, DECIMAL -> "a number";
      case BOOLEAN -> "true/false";
      case NULL -> "empty";
      case TEXT -> "text";
    };
  }
}
