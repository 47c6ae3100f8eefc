package dev.knots.routine;

import dev.knots.platform.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Routines as JSON for {@code --format json}: stable keys, plain values. */
public final class RoutineJson {
  private RoutineJson() {}

  /**
   * {@code routines list}: the routines in force ({@code shadowed} names those whose user file
   * replaces a bundled routine) and the files left out, lines broken with {@code newline}.
   */
  public static String list(
      List<LocatedRoutine> routines,
      Set<String> shadowed,
      List<InvalidRoutineFile> invalid,
      String newline) {
    List<Object> summaries = new ArrayList<>();
    routines.forEach(r -> summaries.add(summary(r, shadowed.contains(r.name()))));
    List<Object> files = new ArrayList<>();
    invalid.forEach(f -> files.add(invalid(f)));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("routines", summaries);
    root.put("invalid", files);
    return Json.pretty(root, newline);
  }

  static Map<String, Object> summary(LocatedRoutine located, boolean replacesBundled) {
    Routine r = located.routine();
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", located.name());
    node.put("title", r.name());
    node.put("area", r.area().id());
    node.put("totalSeconds", r.totalDuration().getSeconds());
    node.put("steps", r.steps().size());
    node.put("origin", located.origin().name().toLowerCase(Locale.ROOT));
    node.put("location", located.location());
    node.put("replacesBundled", replacesBundled);
    return node;
  }

  static Map<String, Object> invalid(InvalidRoutineFile file) {
    List<Object> problems = new ArrayList<>();
    for (Problem p : file.problems()) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("line", p.line());
      problem.put("column", p.column());
      problem.put("message", p.message());
      problems.add(problem);
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("file", file.file().toString());
    node.put("problems", problems);
    return node;
  }
}
