package dev.knots.routine;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Routines as text for people: the list's table and one routine shown in full. */
public final class RoutineText {
  private RoutineText() {}

  /**
   * The table of {@code routines list}, one line each (with {@code shadowed} the NAMEs whose user
   * file replaces a bundled routine), or one line saying there are none (for {@code area}, if
   * given).
   */
  public static List<String> list(List<LocatedRoutine> routines, Set<String> shadowed, Area area) {
    if (routines.isEmpty()) {
      return List.of("No routines" + (area == null ? "." : " for " + area.id() + "."));
    }
    int nameWidth = width(routines.stream().map(LocatedRoutine::name).toList(), "NAME");
    int areaWidth = width(routines.stream().map(r -> r.routine().area().id()).toList(), "AREA");
    int titleWidth = width(routines.stream().map(r -> r.routine().name()).toList(), "TITLE");
    String row = "%-" + nameWidth + "s  %-" + areaWidth + "s  %6s  %-" + titleWidth + "s  %s";
    List<String> lines = new ArrayList<>();
    lines.add(String.format(row, "NAME", "AREA", "TIME", "TITLE", "WHERE"));
    for (LocatedRoutine r : routines) {
      String where =
          r.origin() == LocatedRoutine.Origin.BUNDLED
              ? "bundled"
              : r.location() + (shadowed.contains(r.name()) ? " (replaces the bundled one)" : "");
      lines.add(
          String.format(
              row,
              r.name(),
              r.routine().area().id(),
              Durations.format(r.routine().totalDuration()),
              r.routine().name(),
              where));
    }
    return lines;
  }

  private static int width(List<String> values, String header) {
    int widest = values.stream().mapToInt(String::length).max().orElse(0);
    // a very long title pads its column no wider than 40, so WHERE stays in view for the others
    return Math.min(40, Math.max(header.length(), widest));
  }

  /** {@code routines show}: steps, total time, cautions, sources and where the file lives. */
  public static List<String> show(LocatedRoutine located) {
    Routine r = located.routine();
    List<String> out = new ArrayList<>();
    out.add(r.name() + " (" + located.name() + ")");
    out.add(
        "area: "
            + r.area().id()
            + ", "
            + Durations.format(r.totalDuration())
            + " in total, "
            + r.steps().size()
            + (r.steps().size() == 1 ? " step" : " steps"));
    if (!r.summary().isBlank()) {
      out.add(r.summary());
    }
    if (!r.equipment().isEmpty()) {
      out.add("equipment: " + String.join(", ", r.equipment()));
    }
    if (!r.cautions().isEmpty()) {
      out.add("");
      out.add("Before you start:");
      r.cautions().forEach(c -> out.add("  ! " + c));
    }
    out.add("");
    out.add("Steps:");
    int n = 1;
    for (Step s : r.steps()) {
      out.add("  " + n++ + ". " + s.name() + " - " + StepText.describe(s));
      out.add("     " + StepText.place(s));
      if (!s.cue().isBlank()) {
        out.add("     " + s.cue());
      }
      Figures.of(s).ifPresent(f -> out.addAll(FigureSheet.indented(f, "       ")));
    }
    if (!r.sources().isEmpty()) {
      out.add("");
      out.add("Sources:");
      r.sources().forEach(src -> out.add("  - " + src));
    }
    out.add("");
    out.add("File: " + located.location());
    if (located.origin() == LocatedRoutine.Origin.BUNDLED) {
      out.add("To change it: knots routines edit " + located.name());
    }
    return out;
  }
}
