package dev.knots.routine;

import java.util.List;
import java.util.Locale;

/**
 * Writes a routine back as YAML in the file format, so that reading it gives the same routine.
 * Every text is double-quoted: no value can be mistaken for a number, a key or a comment.
 */
public final class RoutineWriter {
  private RoutineWriter() {}

  /** The routine as the text of a routine file (its NAME is the file name, not in the text). */
  public static String toYaml(Routine routine) {
    StringBuilder out = new StringBuilder();
    out.append(RoutineSchema.USER_SCHEMA_LINE).append('\n');
    out.append("name: ").append(quote(routine.name())).append('\n');
    out.append("area: ").append(routine.area().id()).append('\n');
    if (!routine.summary().isEmpty()) {
      out.append("summary: ").append(quote(routine.summary())).append('\n');
    }
    list(out, "equipment", routine.equipment());
    list(out, "cautions", routine.cautions());
    list(out, "sources", routine.sources());
    out.append("steps:\n");
    for (Step s : routine.steps()) {
      out.append("  - name: ").append(quote(s.name())).append('\n');
      out.append("    kind: ").append(s.kind().id()).append('\n');
      if (!s.target().isEmpty()) {
        out.append("    target: ").append(quote(s.target())).append('\n');
      }
      if (s.sides() != Sides.NONE) {
        out.append("    sides: ").append(s.sides().id()).append('\n');
      }
      out.append("    duration: ").append(Durations.format(s.duration())).append('\n');
      if (s.passes() > 0) {
        out.append("    passes: ").append(s.passes()).append('\n');
      }
      if (s.pressure() != null) {
        out.append("    pressure: ").append(s.pressure().id()).append('\n');
      }
      if (!s.cue().isEmpty()) {
        out.append("    cue: ").append(quote(s.cue())).append('\n');
      }
      if (s.position() != null) {
        out.append("    position: ").append(s.position().id()).append('\n');
      }
      if (!s.over().isEmpty()) {
        out.append("    over: [")
            .append(String.join(", ", s.over().stream().map(RestsOn::id).toList()))
            .append("]\n");
      }
      if (!s.figure().isEmpty()) {
        out.append("    figure: ").append(quote(s.figure())).append('\n');
      }
      if (s.leadIn() != null) {
        out.append("    lead-in: ").append(s.leadIn().toSeconds()).append("s\n");
      }
    }
    return out.toString();
  }

  private static void list(StringBuilder out, String key, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append(key).append(":\n");
    for (String item : items) {
      out.append("  - ").append(quote(item)).append('\n');
    }
  }

  /** A YAML double-quoted scalar; the escapes used are common to JSON and YAML. */
  static String quote(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        case '\r' -> q.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
