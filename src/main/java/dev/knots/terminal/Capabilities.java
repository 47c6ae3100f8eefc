package dev.knots.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * The capabilities of the terminal types JLine bundles, read from JLine's own files with the
 * results JLine gets (a test compares both for every bundled type), only faster: JLine re-reads its
 * table of 464 capability names through a stream pipeline and compiles a regular expression per
 * line each time a terminal opens, 20-30 ms of interpreted code before a session's first question
 * could be drawn.
 */
final class Capabilities {
  private Capabilities() {}

  /** Whether JLine bundles a description of this terminal type (found, not read). */
  static boolean isBundled(String type) {
    return isTypeName(type) && InfoCmp.class.getResource(type + ".caps") != null;
  }

  /** The description JLine bundles for this terminal type, as JLine reads it; null if none. */
  static String bundled(String type) {
    if (!isTypeName(type)) {
      return null;
    }
    try (InputStream in = InfoCmp.class.getResourceAsStream(type + ".caps")) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // JLine joins the file's lines with \n and ends with one
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      return text.endsWith("\n") ? text : text + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A name a resource lookup cannot take out of JLine's folder. */
  private static boolean isTypeName(String type) {
    return type != null && type.matches("[A-Za-z0-9][A-Za-z0-9._+-]*");
  }

  /**
   * Fills the three tables from a description in infocmp's format, as {@link InfoCmp#parseInfoCmp}
   * does: the first line names the type; then comma-ended entries, {@code name#number}, {@code
   * name=string} or a bare name; names JLine does not know are left out.
   */
  static void parse(
      String description,
      Set<Capability> bools,
      Map<Capability, Integer> ints,
      Map<Capability, String> strings) {
    String[] lines = description.split("\n");
    for (int i = 1; i < lines.length; i++) {
      for (String entry : entries(lines[i])) {
        int hash = entry.indexOf('#');
        int equals = entry.indexOf('=');
        if (hash >= 0) {
          Capability capability = Names.BY_NAME.get(entry.substring(0, hash));
          if (capability != null) {
            ints.put(capability, number(entry.substring(hash + 1)));
          }
        } else if (equals >= 0) {
          Capability capability = Names.BY_NAME.get(entry.substring(0, equals));
          if (capability != null) {
            strings.put(capability, entry.substring(equals + 1));
          }
        } else {
          Capability capability = Names.BY_NAME.get(entry);
          if (capability != null) {
            bools.add(capability);
          }
        }
      }
    }
  }

  /**
   * A line's entries as JLine's pattern {@code \s*(([^,]|\\,)+)\s*[,$]} finds them: each ends at
   * the next comma (a backslash does not escape it there), leading blanks dropped; text after the
   * last comma counts only up to its last '$'.
   */
  static List<String> entries(String line) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    while (start < line.length()) {
      int comma = line.indexOf(',', start);
      int end = comma >= 0 ? comma : line.lastIndexOf('$');
      if (end < start) {
        break;
      }
      int first = start;
      while (first < end && isBlank(line.charAt(first))) {
        first++;
      }
      if (first < end) {
        entries.add(line.substring(first, end));
      } else if (start < end) {
        // blanks alone: the pattern gives back one of them to the entry
        entries.add(line.substring(end - 1, end));
      }
      start = end + 1;
    }
    return entries;
  }

  /** Regular expressions' {@code \s}. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static int number(String value) {
    if ("0".equals(value)) {
      return 0;
    } else if (value.startsWith("0x")) {
      return Integer.parseInt(value.substring(2), 16);
    } else if (value.startsWith("0")) {
      return Integer.parseInt(value.substring(1), 8);
    }
    return Integer.parseInt(value);
  }

  /** JLine's table of names (long and short) for each capability, read once. */
  private static final class Names {
    static final Map<String, Capability> BY_NAME = read();

    private static Map<String, Capability> read() {
      String text;
      try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Capability> byName = new HashMap<>(1024);
      for (String line : text.split("\n")) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int first = trimmed.indexOf(", ");
        int second = trimmed.indexOf(", ", first + 2);
        String name = trimmed.substring(0, first);
        Capability capability = Capability.valueOf(name);
        byName.put(name, capability);
        byName.put(
            trimmed.substring(first + 2, second >= 0 ? second : trimmed.length()), capability);
      }
      return byName;
    }
  }
}
