package dev.knots.routine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with positions, guarding against hostile input: nesting
 * and alias limits, duplicate keys. Only plain mappings, lists and scalars come out: no tags, no
 * type construction.
 */
final class YamlTreeReader {
  static final int MAX_DEPTH = 20;
  static final int MAX_ALIASES = 10;

  /**
   * One factory for the process: creating it is the costly part, parsers are cheap. In a holder, so
   * that runs where every file is simple never build it.
   */
  private static final class Factory {
    static final YAMLFactory FACTORY = newFactory();
  }

  private final String file;
  private final List<Problem> problems;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private int aliases;
  private YAMLParser parser;
  private String text = "";

  /** Problems that make reading stop: the rest of the file can't be trusted. */
  static final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Fatal(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }
  }

  YamlTreeReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  private static YAMLFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    // Duplicate keys are rejected by read() itself, which reports each one with its place and goes
    // on to find the other problems; SnakeYAML's own check would stop at the first.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(RoutineLoader.MAX_BYTES + 1);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1)
                .maxStringLength(RoutineLoader.MAX_BYTES)
                .maxNumberLength(100)
                .build())
        .build();
  }

  /** The document's root value, or null for an empty document. */
  YamlNode read(String text) throws Fatal {
    YamlNode simple = SimpleYamlReader.read(text);
    return simple != null ? simple : readFully(text);
  }

  /** {@link #read} with the full parser only, whatever the text. */
  YamlNode readFully(String text) throws Fatal {
    this.text = text;
    try (YAMLParser p = Factory.FACTORY.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = value(first, 0);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new Fatal(
            problem(
                here(),
                "a second YAML document starts here - keep one routine per file and remove the"
                    + " '---' line"));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new Fatal(problem(locationOf(e), tooDeep()));
    } catch (JsonProcessingException e) {
      throw new Fatal(syntax(e));
    } catch (IOException e) {
      throw new Fatal(problem(new YamlNode.Mark(0, 0), "cannot be read: " + e.getMessage()));
    }
  }

  private YamlNode value(JsonToken token, int depth) throws IOException, Fatal {
    YamlNode.Mark at = mark(parser.currentTokenLocation());
    if (parser.isCurrentAlias()) {
      return alias(at);
    }
    Object anchor = parser.getObjectId();
    YamlNode node =
        switch (token) {
          case START_OBJECT -> mapping(at, depth + 1);
          case START_ARRAY -> sequence(at, depth + 1);
          case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.TEXT, at);
          case VALUE_NUMBER_INT ->
              new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.INTEGER, at);
          case VALUE_NUMBER_FLOAT ->
              new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.DECIMAL, at);
          case VALUE_TRUE, VALUE_FALSE ->
              new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.BOOLEAN, at);
          case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Type.NULL, at);
          default ->
              // embedded binary (!!binary) and the like: not part of the format
              throw new Fatal(
                  problem(at, "unsupported YAML value - write plain text, numbers and lists only"));
        };
    if (anchor != null) {
      anchors.put(anchor.toString(), node);
    }
    return node;
  }

  private YamlNode alias(YamlNode.Mark at) throws IOException, Fatal {
    aliases++;
    if (aliases > MAX_ALIASES) {
      throw new Fatal(
          problem(
              at,
              "more than "
                  + MAX_ALIASES
                  + " aliases (*name) - write the values out instead of repeating anchors"));
    }
    YamlNode target = anchors.get(parser.getText());
    if (target == null) {
      throw new Fatal(
          problem(at, "alias *" + parser.getText() + " has no anchor - define '&name' before it"));
    }
    return target;
  }

  private YamlNode.Mapping mapping(YamlNode.Mark at, int depth) throws IOException, Fatal {
    checkDepth(at, depth);
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw new Fatal(problem(here(), "unexpected end of a mapping - check the indentation"));
      }
      String key = parser.currentName();
      YamlNode.Mark keyAt = mark(parser.currentTokenLocation());
      YamlNode value = value(parser.nextToken(), depth);
      if (seen.add(key)) {
        entries.add(new YamlNode.Entry(key, keyAt, value));
      } else {
        problems.add(
            problem(keyAt, "duplicate key '" + key + "' - keep only one '" + key + ":' here"));
      }
    }
    return new YamlNode.Mapping(entries, at);
  }

  private YamlNode.Sequence sequence(YamlNode.Mark at, int depth) throws IOException, Fatal {
    checkDepth(at, depth);
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new Fatal(problem(here(), "unexpected end of a list - check the indentation"));
      }
      items.add(value(t, depth));
    }
    return new YamlNode.Sequence(items, at);
  }

  private void checkDepth(YamlNode.Mark at, int depth) throws Fatal {
    if (depth > MAX_DEPTH) {
      throw new Fatal(problem(at, tooDeep()));
    }
  }

  private static String tooDeep() {
    return "nested more than "
        + MAX_DEPTH
        + " levels deep - a routine needs only 3 (routine, steps, step)";
  }

  private Problem syntax(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked) {
      String problem = String.valueOf(marked.getProblem());
      String context = String.valueOf(marked.getContext());
      Mark mark = marked.getProblemMark();
      if (problem.contains("(TAB)") || problem.contains("\\t")) {
        return problem(
            mark(mark), "a tab is used for indentation - YAML needs spaces: replace the tab");
      }
      YamlNode.Mark tab = tabOnLineOf(mark);
      if (tab != null) {
        // a tab inside a block (a drawn figure) confuses the parser about indentation
        return problem(tab, "a tab - YAML and figures need spaces: replace the tab");
      }
      if (context.contains("quoted scalar") && marked.getContextMark() != null) {
        String quote = String.valueOf(charAt(marked.getContextMark()));
        return problem(
            mark(marked.getContextMark()),
            "the quote " + quote + " opened here is never closed - add the closing " + quote);
      }
      if (problem.contains("mapping values are not allowed")) {
        return problem(
            mark(mark), "': ' inside a value is read as a new key - put the whole value in quotes");
      }
      if (problem.contains("nesting depth") || problem.contains("Nesting Depth")) {
        return problem(mark(mark), tooDeep());
      }
      if (problem.contains("aliases")) {
        return problem(
            mark(mark),
            "more than "
                + MAX_ALIASES
                + " aliases (*name) - write the values out instead of repeating anchors");
      }
      return problem(
          mark(mark),
          "YAML syntax: "
              + oneLine(problem)
              + (marked.getContext() == null ? "" : " (" + oneLine(context) + ")")
              + " - check the indentation, colons and quotes here");
    }
    return problem(
        locationOf(e),
        "YAML syntax: " + oneLine(e.getOriginalMessage()) + " - check the file is a routine");
  }

  /** The first tab on the line of this mark, or null. */
  private YamlNode.Mark tabOnLineOf(Mark mark) {
    int index = mark.getIndex();
    if (index < 0 || index > text.length()) {
      return null;
    }
    int start = text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
    if (index > 0 && text.charAt(index - 1) == '\n') {
      start = index;
    }
    int end = text.indexOf('\n', start);
    int tab = text.substring(start, end < 0 ? text.length() : end).indexOf('\t');
    return tab < 0 ? null : new YamlNode.Mark(mark.getLine() + 1, tab + 1);
  }

  private char charAt(Mark mark) {
    int index = mark.getIndex();
    return index >= 0 && index < text.length() ? text.charAt(index) : '"';
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private YamlNode.Mark locationOf(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null && parser != null) {
      location = parser.currentLocation();
    }
    return location == null ? new YamlNode.Mark(0, 0) : mark(location);
  }

  private YamlNode.Mark here() {
    return mark(parser.currentTokenLocation());
  }

  private static YamlNode.Mark mark(JsonLocation location) {
    return new YamlNode.Mark(
        Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }

  private static YamlNode.Mark mark(Mark mark) {
    return mark == null
        ? new YamlNode.Mark(0, 0)
        : new YamlNode.Mark(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private Problem problem(YamlNode.Mark at, String message) {
    return new Problem(file, at.line(), at.column(), message);
  }
}
