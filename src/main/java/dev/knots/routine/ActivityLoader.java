package dev.knots.routine;

import dev.knots.body.Area;
import dev.knots.body.Suggestions;
import dev.knots.platform.SmallFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads activities.yaml: {@code activity: {area: weight, ...}}. Each mistake is a {@link Problem}
 * at its line and column, with the fix, and leaves out its activity only; a file that is not YAML
 * at all is a {@link RoutineException}.
 */
public final class ActivityLoader {
  /** The file name, bundled and in the config folder. */
  public static final String FILE = "activities.yaml";

  private static final String BUNDLED = "/dev/knots/routine/" + FILE;

  private ActivityLoader() {}

  /** The bundled map. */
  public static ActivityMap bundled() {
    try (InputStream in = ActivityLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("activities.yaml is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE, "bundled");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RoutineException e) {
      throw new IllegalStateException("the bundled activities.yaml: " + e.getMessage(), e);
    }
  }

  /** The user's file, if there is one; empty when the file does not exist. */
  public static Optional<ActivityMap> user(Path file) throws RoutineException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String shown = file.toString();
    try {
      SmallFile.check(file);
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > RoutineLoader.MAX_BYTES) {
        throw new RoutineException(
            List.of(new Problem(shown, 0, 0, "the file is larger than 256 KiB - shorten it")));
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return Optional.of(parse(text.startsWith("\uFEFF") ? text.substring(1) : text, shown, shown));
    } catch (SmallFile.NotRegularException e) {
      throw new RoutineException(
          List.of(new Problem(shown, 0, 0, "is " + e.what() + ", not a file - name a .yaml file")));
    } catch (IOException e) {
      throw new RoutineException(
          List.of(new Problem(shown, 0, 0, "cannot be read: " + e.getMessage())));
    }
  }

  /** Parses a map; {@code shown} names the file in problems, {@code source} each activity. */
  public static ActivityMap parse(String text, String shown, String source)
      throws RoutineException {
    List<Problem> problems = new ArrayList<>();
    YamlNode root;
    try {
      root = new YamlTreeReader(shown, problems).read(text);
    } catch (YamlTreeReader.Fatal e) {
      problems.add(e.problem);
      throw new RoutineException(problems);
    }
    Map<String, Activity> activities = new LinkedHashMap<>();
    if (root == null) {
      return new ActivityMap(activities, problems);
    }
    if (!(root instanceof YamlNode.Mapping mapping)) {
      problems.add(
          problem(
              shown,
              root.at(),
              "the file is "
                  + YamlNode.describe(root)
                  + " - write one activity per line: 'running:' and under it 'calves: 3'"));
      return new ActivityMap(activities, problems);
    }
    // what the reader found (a key written twice) leaves out the activity it is in, too
    List<Problem> fromReader = List.copyOf(problems);
    List<YamlNode.Entry> entries = mapping.entries();
    for (int i = 0; i < entries.size(); i++) {
      YamlNode.Entry entry = entries.get(i);
      int from = entry.keyAt().line();
      int to = i + 1 < entries.size() ? entries.get(i + 1).keyAt().line() : Integer.MAX_VALUE;
      boolean flawed = fromReader.stream().anyMatch(p -> p.line() >= from && p.line() < to);
      Optional<Activity> activity = activity(shown, source, entry, problems);
      if (activity.isPresent() && !flawed) {
        activities.put(activity.get().name(), activity.get());
      }
    }
    return new ActivityMap(activities, problems);
  }

  private static Optional<Activity> activity(
      String shown, String source, YamlNode.Entry entry, List<Problem> problems) {
    String name = ActivityMap.normal(entry.key());
    if (!RoutineNames.isValid(name)) {
      problems.add(
          problem(
              shown,
              entry.keyAt(),
              "'"
                  + entry.key()
                  + "' is not an activity name - use lower-case words and dashes, such as"
                  + " bench-press (left out)"));
      return Optional.empty();
    }
    if (!(entry.value() instanceof YamlNode.Mapping areas) || areas.entries().isEmpty()) {
      problems.add(
          problem(
              shown,
              entry.value().at(),
              name
                  + " is "
                  + YamlNode.describe(entry.value())
                  + " - under it, write the areas it loads with a weight 1-3, such as 'calves: 3'"
                  + " (left out)"));
      return Optional.empty();
    }
    Map<Area, Integer> weights = new LinkedHashMap<>();
    boolean ok = true;
    for (YamlNode.Entry e : areas.entries()) {
      Optional<Area> area = Area.parse(e.key());
      if (area.isEmpty()) {
        problems.add(
            problem(
                shown,
                e.keyAt(),
                "unknown area '"
                    + e.key()
                    + "' in "
                    + name
                    + " - "
                    + Suggestions.closest(e.key(), Area.allNames())
                        .map(s -> "did you mean '" + Area.parse(s).orElseThrow().id() + "'? ")
                        .orElse("")
                    + "use one of: "
                    + String.join(", ", Area.ids())
                    + " ("
                    + name
                    + " left out)"));
        ok = false;
        continue;
      }
      Optional<Integer> weight = weight(e.value());
      if (weight.isEmpty()) {
        problems.add(
            problem(
                shown,
                e.value().at(),
                "the weight of "
                    + area.get().id()
                    + " in "
                    + name
                    + " must be 1, 2 or 3 (3 = works hardest) ("
                    + name
                    + " left out)"));
        ok = false;
        continue;
      }
      weights.put(area.get(), weight.get());
    }
    if (!ok) {
      return Optional.empty();
    }
    if (weights.size() > Activity.MAX_AREAS) {
      problems.add(
          problem(
              shown,
              entry.keyAt(),
              name
                  + " names "
                  + weights.size()
                  + " areas; at most "
                  + Activity.MAX_AREAS
                  + " (a session is for minutes, not hours) ("
                  + name
                  + " left out)"));
      return Optional.empty();
    }
    return Optional.of(new Activity(name, weights, source));
  }

  private static Optional<Integer> weight(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
      try {
        int value = Integer.parseInt(s.text().strip());
        return value >= 1 && value <= 3 ? Optional.of(value) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Problem problem(String shown, YamlNode.Mark at, String message) {
    return new Problem(shown, at.line(), at.column(), message);
  }
}
