package dev.knots.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.knots.body.Area;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses catalogue.yaml, for the build step and the tests; apart from {@link CatalogueLoader} so
 * that reading the bundled catalogue.bin never links Jackson.
 */
final class CatalogueYaml {
  private CatalogueYaml() {}

  static Catalogue read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    List<Flag> flags = new ArrayList<>();
    for (JsonNode node : root.path("flags")) {
      flags.add(
          new Flag(
              text(node, "id"),
              Level.valueOf(text(node, "level")),
              areas(node.path("areas")),
              !node.has("asked") || node.path("asked").asBoolean(),
              text(node, "summary"),
              strings(node.path("question")),
              text(node, "reason"),
              strings(node.path("sources")),
              optional(node, "cue")));
    }
    List<Precaution> precautions = new ArrayList<>();
    for (JsonNode node : root.path("precautions")) {
      Set<Effect> effects = EnumSet.noneOf(Effect.class);
      strings(node.path("effects")).forEach(e -> effects.add(Effect.valueOf(e)));
      precautions.add(
          new Precaution(
              text(node, "id"),
              areas(node.path("areas")),
              text(node, "summary"),
              strings(node.path("question")),
              effects,
              text(node, "advice"),
              optional(node, "cue"),
              optional(node, "comeBack"),
              strings(node.path("sources")),
              optional(node, "after")));
    }
    JsonNode pain = root.path("pain");
    List<PainAnchor> anchors = new ArrayList<>();
    for (JsonNode node : pain.path("anchors")) {
      anchors.add(
          new PainAnchor(
              node.path("from").asInt(),
              node.path("to").asInt(),
              text(node, "label"),
              text(node, "text")));
    }
    Map<Level, LevelAdvice> levels = new EnumMap<>(Level.class);
    root.path("levels")
        .properties()
        .forEach(
            e ->
                levels.put(
                    Level.valueOf(e.getKey()),
                    new LevelAdvice(
                        text(e.getValue(), "title"),
                        text(e.getValue(), "whatToDo"),
                        text(e.getValue(), "howSoon"))));
    JsonNode checks = root.path("checks");
    JsonNode after = root.path("afterSession");
    Texts texts =
        new Texts(
            text(root, "groupQuestion"),
            text(pain, "question"),
            text(checks, "checkedSince"),
            text(checks, "notCheckedReason"),
            text(checks, "acknowledge"),
            text(checks, "unspecifiedReason"),
            text(after, "painAfter"),
            text(after, "warningSigns"),
            text(after, "advice"),
            text(after, "dizzinessAdvice"),
            text(checks, "stillThere"),
            text(checks, "notCheckedSince"));
    List<StepEffects> stepEffects = new ArrayList<>();
    root.path("stepEffects")
        .properties()
        .forEach(e -> stepEffects.add(stepEffects(e.getKey(), e.getValue())));
    return new Catalogue(
        flags, precautions, anchors, pain.path("severeFrom").asInt(), levels, texts, stepEffects);
  }

  /** A row of the table of precaution effects: {@code skip}, {@code pressure}, {@code cue}. */
  private static StepEffects stepEffects(String id, JsonNode node) {
    for (String field : iterable(node.fieldNames())) {
      if (!List.of("skip", "pressure", "pressureOn", "cue").contains(field)) {
        throw new IllegalArgumentException("catalogue: unknown key '" + field + "' in " + id);
      }
    }
    List<StepEffects.SkipWhen> skips = new ArrayList<>();
    for (JsonNode skip : node.path("skip")) {
      for (String field : iterable(skip.fieldNames())) {
        if (!List.of("kind", "position", "over", "areas").contains(field)) {
          throw new IllegalArgumentException("catalogue: unknown key '" + field + "' in " + id);
        }
      }
      skips.add(
          new StepEffects.SkipWhen(
              Set.copyOf(strings(skip.path("kind"))),
              Set.copyOf(strings(skip.path("position"))),
              Set.copyOf(strings(skip.path("over"))),
              skip.has("areas") ? areas(skip.path("areas")) : Set.of()));
    }
    Set<Area> lightOn = Set.of();
    if (node.has("pressure")) {
      if (!"light".equals(node.path("pressure").asText())) {
        throw new IllegalArgumentException("catalogue: pressure can only be 'light' in " + id);
      }
      lightOn = node.has("pressureOn") ? areas(node.path("pressureOn")) : EnumSet.allOf(Area.class);
    }
    return new StepEffects(id, skips, lightOn, text(node, "cue"));
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    return () -> iterator;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("catalogue: missing text '" + field + "' in " + node);
    }
    return value.asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    return node.has(field) ? Optional.of(text(node, field)) : Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  /** Expands "all", "legs" and "spine" and checks every area name. */
  static Set<Area> areas(JsonNode array) {
    Set<Area> areas = EnumSet.noneOf(Area.class);
    for (String name : strings(array)) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "all" -> areas.addAll(EnumSet.allOf(Area.class));
        case "legs" -> EnumSet.allOf(Area.class).stream().filter(Area::isLeg).forEach(areas::add);
        case "spine" ->
            EnumSet.allOf(Area.class).stream().filter(Area::isSpine).forEach(areas::add);
        default ->
            areas.add(
                Area.parse(name)
                    .orElseThrow(
                        () -> new IllegalArgumentException("catalogue: unknown area " + name)));
      }
    }
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("catalogue: an entry without areas");
    }
    return areas;
  }
}
