package dev.knots.routine;

import dev.knots.body.Area;
import dev.knots.body.Suggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a YAML tree into a {@link Routine}, collecting every problem (not only the first) with its
 * place and a way to fix it. Pure: no I/O.
 */
final class RoutineBinder {
  static final List<String> ROUTINE_KEYS =
      List.of("name", "area", "summary", "equipment", "cautions", "sources", "steps");
  static final List<String> STEP_KEYS =
      List.of(
          "name",
          "kind",
          "target",
          "sides",
          "duration",
          "passes",
          "pressure",
          "cue",
          "position",
          "over",
          "figure",
          "lead-in");
  private static final int MAX_PASSES = 200;

  // Lookups built once: binding runs for each of thousands of files in one validate run.
  private static final List<String> KIND_IDS = Kind.ids();
  private static final List<String> SIDES_IDS = Sides.ids();
  private static final List<String> PRESSURE_IDS = Pressure.ids();
  private static final List<String> AREA_IDS = Area.ids();
  private static final List<String> AREA_NAMES = Area.allNames();
  private static final Map<String, Kind> KINDS = index(Kind.values(), Kind::id);
  private static final Map<String, Sides> SIDES = index(Sides.values(), Sides::id);
  private static final Map<String, Pressure> PRESSURES = index(Pressure.values(), Pressure::id);
  private static final Map<String, Area> AREAS = areasByName();
  private static final List<String> POSITION_IDS = Position.ids();
  private static final List<String> REST_IDS = RestsOn.ids();
  private static final Map<String, Position> POSITIONS = index(Position.values(), Position::id);
  private static final Map<String, RestsOn> RESTS = index(RestsOn.values(), RestsOn::id);

  private final String file;
  private final List<Problem> problems;

  /** The file's text, so a figure's problem can point at the character; null when unknown. */
  private String source;

  /** Bundled routines: every pressing step must say its position and what it rests on. */
  private boolean placeRequired;

  /** Keys that a misspelt key in the current mapping was taken for: not reported as missing. */
  private Set<String> misspelt = Set.of();

  RoutineBinder(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The file's text, for problems inside a drawn figure. */
  RoutineBinder source(String text) {
    source = text;
    return this;
  }

  /** Makes a pressing step without {@code position} or {@code over} a problem (bundled files). */
  RoutineBinder requirePlace() {
    placeRequired = true;
    return this;
  }

  /** The routine, or empty when problems were found (they are in the problem list). */
  Optional<Routine> bind(YamlNode root, String routineId) {
    int before = problems.size();
    if (!(root instanceof YamlNode.Mapping map)) {
      add(
          root.at(),
          "a routine must be a mapping of keys (name:, area:, steps:), not "
              + YamlNode.describe(root)
              + " - see 'knots routines new' for an example");
      return Optional.empty();
    }
    unknownKeys(map, ROUTINE_KEYS, "routine");
    String name = requiredText(map, "name", "name: Calf knot release");
    Area area = area(map);
    String summary = optionalText(map, "summary");
    List<String> equipment = textList(map, "equipment");
    List<String> cautions = textList(map, "cautions");
    List<String> sources = textList(map, "sources");
    List<Step> steps = steps(map);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Routine(routineId, name, area, summary, equipment, cautions, sources, steps));
  }

  private Area area(YamlNode.Mapping map) {
    Optional<YamlNode.Entry> entry = map.entry("area");
    if (entry.isEmpty()) {
      missing(map, "area", "add a line such as 'area: calves'");
      return null;
    }
    String text = scalarText(entry.get(), "an area such as calves");
    if (text == null) {
      return null;
    }
    Optional<Area> area = Optional.ofNullable(AREAS.get(text.strip().toLowerCase(Locale.ROOT)));
    if (area.isEmpty()) {
      // suggest the canonical name even when the closest match is an alias
      String closest =
          Suggestions.closest(text, AREA_NAMES).flatMap(Area::parse).map(Area::id).orElse("");
      add(
          entry.get().value().at(),
          unknownValue("area", text, closest.isEmpty() ? List.of() : List.of(closest), AREA_IDS));
    }
    return area.orElse(null);
  }

  private List<Step> steps(YamlNode.Mapping map) {
    Optional<YamlNode.Entry> entry = map.entry("steps");
    if (entry.isEmpty()) {
      missing(map, "steps", "add 'steps:' with at least one '- name: ...' under it");
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof YamlNode.Sequence list)) {
      add(
          value.at(),
          "'steps' must be a list, not "
              + YamlNode.describe(value)
              + " - start each step with '- name: ...' on its own line");
      return List.of();
    }
    if (list.items().isEmpty()) {
      add(value.at(), "'steps' is empty - add at least one step");
      return List.of();
    }
    List<Step> steps = new ArrayList<>();
    for (YamlNode item : list.items()) {
      step(item).ifPresent(steps::add);
    }
    return steps;
  }

  private Optional<Step> step(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping map)) {
      add(
          node.at(),
          "a step must be a mapping of keys (name:, kind:, duration:), not "
              + YamlNode.describe(node)
              + " - write 'name: ...' and the other keys under the '-'");
      return Optional.empty();
    }
    int before = problems.size();
    unknownKeys(map, STEP_KEYS, "step");
    String name = requiredText(map, "name", "name: Thumb pressure on the knot");
    Kind kind = choice(map, "kind", KIND_IDS, KINDS::get, true).orElse(null);
    String target = optionalText(map, "target");
    Sides sides = choice(map, "sides", SIDES_IDS, SIDES::get, false).orElse(Sides.NONE);
    Duration duration = duration(map, kind);
    int passes = passes(map, kind);
    Pressure pressure = choice(map, "pressure", PRESSURE_IDS, PRESSURES::get, false).orElse(null);
    String cue = optionalText(map, "cue");
    Position position = choice(map, "position", POSITION_IDS, POSITIONS::get, false).orElse(null);
    Set<RestsOn> over = over(map);
    String figure = figure(map);
    Duration leadIn = leadIn(map);
    if (placeRequired && kind != null && kind.appliesPressure()) {
      if (!map.entry("position").isPresent()) {
        missing(
            map,
            "position",
            "a bundled pressing step says where the body is: one of " + join(POSITION_IDS));
      }
      if (!map.entry("over").isPresent()) {
        missing(
            map,
            "over",
            "a bundled pressing step says what the pressure rests on, such as 'over: [muscle]'");
      }
    }
    if (problems.size() > before || kind == null || duration == null || name == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(
            name, kind, target, sides, duration, passes, pressure, cue, position, over, figure,
            leadIn));
  }

  /** {@code over: [muscle, ribs]}: what the pressure rests on; empty when not given. */
  private Set<RestsOn> over(YamlNode.Mapping map) {
    Optional<YamlNode.Entry> entry = map.entry("over");
    if (entry.isEmpty()) {
      return Set.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof YamlNode.Sequence list)) {
      add(
          value.at(),
          "'over' must be a list, not "
              + YamlNode.describe(value)
              + " - write for example 'over: [muscle]'");
      return Set.of();
    }
    if (list.items().isEmpty()) {
      add(
          value.at(),
          "'over' is empty - say what the pressure rests on, one or more of: " + join(REST_IDS));
      return Set.of();
    }
    Set<RestsOn> over = EnumSet.noneOf(RestsOn.class);
    for (YamlNode item : list.items()) {
      if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.TEXT) {
        RestsOn rest = RESTS.get(s.text());
        if (rest == null) {
          add(item.at(), unknownValue("over", s.text(), REST_IDS, REST_IDS));
        } else {
          over.add(rest);
        }
      } else {
        add(
            item.at(),
            "each item of 'over' must be one of: "
                + join(REST_IDS)
                + ", not "
                + YamlNode.describe(item));
      }
    }
    return over;
  }

  /** A bundled figure's name, or a drawing of at most 12 lines of 36 columns. */
  private String figure(YamlNode.Mapping map) {
    Optional<YamlNode.Entry> entry = map.entry("figure");
    if (entry.isEmpty()) {
      return "";
    }
    String text = scalarText(entry.get(), "a figure's name or a drawing (figure: |)");
    if (text == null) {
      return "";
    }
    YamlNode.Mark at = entry.get().value().at();
    String drawing = text.stripTrailing();
    if (drawing.isBlank()) {
      add(at, "'figure' is blank - give a figure's name or a drawing");
      return "";
    }
    if (drawing.indexOf('\n') < 0 && RoutineNames.isValid(drawing.strip())) {
      String name = drawing.strip();
      if (Figures.named(name).isEmpty()) {
        add(at, Figures.unknownMessage(name));
        return "";
      }
      return name;
    }
    Optional<FigureCheck.Found> problem = FigureCheck.problem(drawing, at, source);
    if (problem.isPresent()) {
      add(problem.get().at(), problem.get().message());
      return "";
    }
    return drawing;
  }

  /** {@code lead-in: 5s}: time to get into position, from 0s to 15s; null when not given. */
  private Duration leadIn(YamlNode.Mapping map) {
    Optional<YamlNode.Entry> entry = map.entry("lead-in");
    if (entry.isEmpty()) {
      return null;
    }
    YamlNode value = entry.get().value();
    if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
      add(value.at(), "lead-in " + s.text() + " has no unit - write " + s.text() + "s");
      return null;
    }
    String text = scalarText(entry.get(), "a time such as 5s");
    if (text == null) {
      return null;
    }
    Optional<Duration> parsed = Durations.parse(text);
    if (parsed.isEmpty() || parsed.get().compareTo(Step.MAX_LEAD_IN) > 0) {
      add(value.at(), "lead-in '" + text + "' must be a time from 0s to 15s, such as 5s");
      return null;
    }
    return parsed.get();
  }

  private Duration duration(YamlNode.Mapping map, Kind kind) {
    Optional<YamlNode.Entry> entry = map.entry("duration");
    if (entry.isEmpty()) {
      missing(map, "duration", "add a line such as 'duration: 45s' (or 2m, 1m30s, 1:30)");
      return null;
    }
    YamlNode value = entry.get().value();
    if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
      add(
          value.at(),
          "duration "
              + s.text()
              + " has no unit - write "
              + s.text()
              + "s for seconds or "
              + s.text()
              + "m for minutes");
      return null;
    }
    String text = scalarText(entry.get(), "a time such as 45s, 2m, 1m30s or 1:30");
    if (text == null) {
      return null;
    }
    if (text.strip().startsWith("-")) {
      add(value.at(), "duration '" + text + "' is negative - use a time from 5s to 30m");
      return null;
    }
    Optional<Duration> parsed = Durations.parse(text);
    if (parsed.isEmpty()) {
      add(
          value.at(),
          "duration '" + text + "' is not understood - write it as 45s, 2m, 1m30s or 1:30");
      return null;
    }
    Duration d = parsed.get();
    if (d.isZero()) {
      add(value.at(), "duration '" + text + "' is zero - use a time from 5s to 30m");
      return null;
    }
    if (d.compareTo(Step.MIN_DURATION) < 0) {
      add(value.at(), "duration '" + text + "' is too short - use at least 5s");
      return null;
    }
    if (d.compareTo(Step.MAX_DURATION) > 0) {
      add(
          value.at(),
          "duration '" + text + "' is too long - use at most 30m (split it into several steps)");
      return null;
    }
    if (kind != null && kind.appliesPressure() && d.compareTo(Step.MAX_PRESSING_DURATION) > 0) {
      add(
          value.at(),
          "duration '"
              + text
              + "' is too long for "
              + kind.id()
              + " - use at most 5m a side: most problems come from too much pressure");
      return null;
    }
    return d;
  }

  private int passes(YamlNode.Mapping map, Kind kind) {
    Optional<YamlNode.Entry> entry = map.entry("passes");
    if (entry.isEmpty()) {
      return 0;
    }
    YamlNode value = entry.get().value();
    if (kind != null && kind != Kind.FOAM_ROLL) {
      add(
          entry.get().keyAt(),
          "'passes' is only for foam-roll steps, not "
              + kind.id()
              + " - remove it or set 'kind: foam-roll'");
      return 0;
    }
    if (!(value instanceof YamlNode.Scalar s) || s.type() != YamlNode.Scalar.Type.INTEGER) {
      add(
          value.at(),
          "'passes' must be a whole number, not "
              + YamlNode.describe(value)
              + " - write for example 'passes: 8'");
      return 0;
    }
    long passes;
    try {
      passes = Long.parseLong(s.text().strip().replace("_", "").replace("+", ""));
    } catch (NumberFormatException e) {
      add(value.at(), "'passes' must be a whole number - write for example 'passes: 8'");
      return 0;
    }
    if (passes < 1) {
      add(
          value.at(),
          "'passes' must be at least 1, not "
              + passes
              + " - remove it or give the number of passes");
      return 0;
    }
    if (passes > MAX_PASSES) {
      add(value.at(), "'passes' of " + passes + " is too many - use at most " + MAX_PASSES);
      return 0;
    }
    return (int) passes;
  }

  private <T> Optional<T> choice(
      YamlNode.Mapping map,
      String key,
      List<String> ids,
      Function<String, T> parse,
      boolean required) {
    Optional<YamlNode.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      if (required) {
        missing(map, key, "add '" + key + ": ' with one of: " + join(ids));
      }
      return Optional.empty();
    }
    // the "one of: ..." text is built only for a problem: this runs for every step validated
    String text =
        entry.get().value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.TEXT
            ? s.text()
            : scalarText(entry.get(), "one of: " + join(ids));
    if (text == null) {
      return Optional.empty();
    }
    Optional<T> value = Optional.ofNullable(parse.apply(text));
    if (value.isEmpty()) {
      add(entry.get().value().at(), unknownValue(key, text, ids, ids));
    }
    return value;
  }

  private static String unknownValue(
      String key, String text, List<String> candidates, List<String> valid) {
    Optional<String> close = Suggestions.closest(text, candidates);
    return "unknown "
        + key
        + " '"
        + text
        + "' - "
        + close.map(c -> "did you mean '" + c + "'? ").orElse("")
        + "use one of: "
        + join(valid);
  }

  private void unknownKeys(YamlNode.Mapping map, List<String> allowed, String what) {
    Set<String> suggested = new HashSet<>();
    misspelt = suggested;
    for (YamlNode.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        Optional<String> close = Suggestions.closest(e.key(), allowed);
        close.ifPresent(suggested::add);
        add(
            e.keyAt(),
            "unknown "
                + what
                + " key '"
                + e.key()
                + "' - "
                + close
                    .map(c -> "did you mean '" + c + "'?")
                    .orElse("use one of: " + join(allowed)));
      }
    }
  }

  private String requiredText(YamlNode.Mapping map, String key, String example) {
    Optional<YamlNode.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      missing(map, key, "add a line such as '" + example + "'");
      return null;
    }
    String text = scalarText(entry.get(), "text");
    if (text != null && text.isBlank()) {
      add(
          entry.get().value().at(),
          "'" + key + "' is blank - write something such as '" + example + "'");
      return null;
    }
    return text;
  }

  private String optionalText(YamlNode.Mapping map, String key) {
    return map.entry(key).map(e -> scalarText(e, "text")).orElse("");
  }

  /** The value's text if it is text; otherwise a problem and null. */
  private String scalarText(YamlNode.Entry entry, String wanted) {
    YamlNode value = entry.value();
    if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.TEXT) {
      return s.text();
    }
    if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL) {
      add(entry.keyAt(), "'" + entry.key() + "' is empty - write " + wanted + " after the colon");
      return null;
    }
    add(
        value.at(),
        "'"
            + entry.key()
            + "' must be "
            + wanted
            + ", not "
            + YamlNode.describe(value)
            + (value instanceof YamlNode.Scalar
                ? " - put it in quotes"
                : " - write it on one line"));
    return null;
  }

  private List<String> textList(YamlNode.Mapping map, String key) {
    Optional<YamlNode.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof YamlNode.Sequence list)) {
      add(
          value.at(),
          "'"
              + key
              + "' must be a list, not "
              + YamlNode.describe(value)
              + " - write each item on its own line starting with '- '");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.TEXT) {
        items.add(s.text());
      } else {
        add(
            item.at(),
            "each item of '"
                + key
                + "' must be text, not "
                + YamlNode.describe(item)
                + (item instanceof YamlNode.Scalar
                    ? " - put it in quotes"
                    : " - quote items that contain ': '"));
      }
    }
    return items;
  }

  private static <E> Map<String, E> index(E[] values, Function<E, String> id) {
    Map<String, E> map = new HashMap<>();
    for (E value : values) {
      map.put(id.apply(value), value);
    }
    return Map.copyOf(map);
  }

  private static Map<String, Area> areasByName() {
    Map<String, Area> map = new HashMap<>();
    for (String name : Area.allNames()) {
      map.put(name, Area.parse(name).orElseThrow());
    }
    return Map.copyOf(map);
  }

  /** A required key is absent, unless a misspelling of it was already reported. */
  private void missing(YamlNode.Mapping map, String key, String fix) {
    if (!misspelt.contains(key)) {
      add(map.at(), "missing '" + key + "' - " + fix);
    }
  }

  private static String join(List<String> values) {
    return String.join(", ", values);
  }

  private void add(YamlNode.Mark at, String message) {
    problems.add(new Problem(file, at.line(), at.column(), message));
  }
}
