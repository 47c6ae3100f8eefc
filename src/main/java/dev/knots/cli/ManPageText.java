package dev.knots.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a man page as plain text from the AsciiDoc that picocli's generator writes: headings
 * flush left, paragraphs indented and wrapped, option terms above their descriptions, like man(1)
 * without a pager or groff. Each source line is wrapped on its own, so the line breaks of a
 * command's description survive as they do in {@code --help}.
 */
final class ManPageText {
  private static final int INDENT = 7;
  private static final int TERM_INDENT = 4;

  private ManPageText() {}

  /** The text of the page, wrapped to this width; headings and terms bold when asked. */
  static String render(String asciidoc, int width, boolean bold) {
    List<String> out = new ArrayList<>();
    boolean blank = true;
    boolean afterHeading = false;
    for (String raw : asciidoc.split("\\R")) {
      String line = raw.stripTrailing();
      if (line.startsWith("//") || line.startsWith(":")) {
        continue;
      }
      if (line.isEmpty()) {
        if (!blank && !afterHeading) {
          out.add("");
          blank = true;
        }
        continue;
      }
      blank = false;
      afterHeading = line.startsWith("=");
      if (line.startsWith("= ")) {
        out.add(title(line.substring(2).trim(), width));
      } else if (line.startsWith("== ")) {
        String heading = line.substring(3).trim().replaceAll(":$", "").toUpperCase(Locale.ROOT);
        out.add(bold ? "\u001b[1m" + heading + "\u001b[0m" : heading);
      } else if (line.endsWith("::")) {
        String term = inline(line.substring(0, line.length() - 2));
        for (String part : wrap(term, width, INDENT)) {
          out.add(bold ? "\u001b[1m" + part + "\u001b[0m" : part);
        }
      } else if (line.startsWith("  ")) {
        out.addAll(wrap(inline(line.trim()), width, INDENT + TERM_INDENT));
      } else {
        out.addAll(wrap(inline(line), width, INDENT));
      }
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out) + "\n";
  }

  /** "knots(1)" as man prints it: the name on both sides. */
  private static String title(String name, int width) {
    String upper = name.toUpperCase(Locale.ROOT);
    int gap = Math.max(2, width - 2 * upper.length());
    return upper + " ".repeat(gap) + upper;
  }

  /** AsciiDoc inline markup to plain text: bold, italic, cross references. */
  static String inline(String text) {
    String plain = text.replaceAll("xref:[^\\[]*\\[([^\\]]*)\\]", "$1");
    plain = plain.replaceAll("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])", "$1");
    plain = plain.replaceAll("(?<![\\w_])_([^_]+)_(?![\\w_])", "$1");
    return plain;
  }

  /** Words wrapped to the width at this indent; a word longer than a line stays whole. */
  static List<String> wrap(String text, int width, int indent) {
    String pad = " ".repeat(indent);
    int room = Math.max(20, width - indent);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        lines.add(pad + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(pad + line);
    }
    return lines;
  }
}
