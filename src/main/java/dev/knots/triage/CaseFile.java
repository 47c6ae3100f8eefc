package dev.knots.triage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.knots.body.Area;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads cases.yaml (the engine's test cases as data, triage.md v2) into {@link TriageCase}s, or a
 * {@link CaseFileException} with every problem as {@code file:line:column: what is wrong}: broken
 * YAML at its place, a bad case at the place the case starts, naming the field, id or level. Used
 * by {@code knots triage --self-test} and the build, never by the quiz.
 */
public final class CaseFile {
  /** The cases that ship with knots. */
  public static final String BUNDLED = "/dev/knots/triage/cases.yaml";

  /** A reference code of red-flags-research.md (E1, U10, S6, C13) or its source list (src27). */
  private static final Pattern CODE = Pattern.compile("([EUSC][0-9]{1,2}|src[0-9]{1,2})");

  private final AnswerParser answers;

  public CaseFile(Catalogue catalogue) {
    this.answers = new AnswerParser(catalogue);
  }

  /** Parses the text of a case file shown as {@code shown} in messages. */
  public List<TriageCase> parse(String shown, String text) throws CaseFileException {
    List<String> problems = new ArrayList<>();
    List<TriageCase> cases = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        problems.add(at(shown, parser.currentTokenLocation()) + ": expected 'cases:' and a list");
        throw new CaseFileException(problems);
      }
      boolean found = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!key.equals("cases")) {
          problems.add(at(shown, parser.currentTokenLocation()) + ": unknown key '" + key + "'");
          parser.skipChildren();
          continue;
        }
        found = true;
        if (value != JsonToken.START_ARRAY) {
          problems.add(at(shown, parser.currentTokenLocation()) + ": 'cases' must be a list");
          parser.skipChildren();
          continue;
        }
        Set<String> ids = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String where = at(shown, parser.currentTokenLocation());
          JsonNode node = mapper.readTree(parser);
          one(node, where, ids, problems).ifPresent(cases::add);
        }
      }
      if (!found) {
        problems.add(shown + ":1:1: no 'cases:' list");
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      problems.add(
          (location == null ? shown + ":1:1" : at(shown, location))
              + ": not valid YAML: "
              + message(e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(shown + ": cannot be read: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems);
    }
    return cases;
  }

  private Optional<TriageCase> one(
      JsonNode node, String where, Set<String> ids, List<String> problems) {
    if (!node.isObject()) {
      problems.add(where + ": a case must be a mapping (id, area, answers, expect, why, codes)");
      return Optional.empty();
    }
    int before = problems.size();
    String id = text(node, "id", where, problems);
    String name = where + ": case '" + id + "'";
    if (!id.isEmpty() && !ids.add(id)) {
      problems.add(name + ": the id is used twice");
    }
    Optional<Area> area = Area.parse(text(node, "area", where, problems));
    if (area.isEmpty() && node.hasNonNull("area")) {
      problems.add(name + ": unknown area '" + node.get("area").asText() + "'");
    }
    List<String> given = strings(node, "answers", name, problems);
    if (area.isPresent()) {
      for (String option : given) {
        try {
          answers.parse(List.of(option), area);
        } catch (TriageException e) {
          problems.add(name + ": answers: " + e.getMessage());
        }
      }
    }
    JsonNode expect = node.path("expect");
    Level level = null;
    String levelName = expect.path("level").asText("");
    try {
      level = Level.valueOf(levelName);
    } catch (IllegalArgumentException e) {
      problems.add(
          name
              + ": expect: unknown level '"
              + levelName
              + "' (EMERGENCY, URGENT, SOON or SELF_CARE)");
    }
    if (!expect.path("allowed").isBoolean()) {
      problems.add(name + ": expect: 'allowed' must be true or false");
    }
    String why = text(node, "why", name, problems);
    List<String> codes = strings(node, "codes", name, problems);
    for (String code : codes) {
      if (!CODE.matcher(code).matches()) {
        problems.add(name + ": unknown reference code '" + code + "'");
      }
    }
    if (codes.isEmpty() && node.has("codes")) {
      problems.add(name + ": 'codes' needs at least one reference code");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new TriageCase(
            id,
            area.orElseThrow(),
            given,
            level,
            expect.path("allowed").asBoolean(),
            why,
            codes,
            node.path("lookAlike").asBoolean(false),
            where));
  }

  private static String text(JsonNode node, String field, String where, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.asText().isBlank()) {
      problems.add(where + ": missing '" + field + "'");
      return "";
    }
    return value.asText();
  }

  private static List<String> strings(
      JsonNode node, String field, String where, List<String> problems) {
    JsonNode value = node.get(field);
    List<String> list = new ArrayList<>();
    if (value == null || !value.isArray()) {
      problems.add(where + ": '" + field + "' must be a list");
      return list;
    }
    for (JsonNode item : value) {
      list.add(item.asText());
    }
    return list;
  }

  /** The parser's first line and, if there is one, its last ("expected ... but found ..."). */
  private static String message(String original) {
    List<String> lines = original.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return "";
    }
    String last = lines.get(lines.size() - 1);
    return lines.size() > 1 && !last.startsWith("^") && !last.startsWith("in ")
        ? lines.get(0) + ": " + last
        : lines.get(0);
  }

  private static String at(String shown, JsonLocation location) {
    return shown + ":" + location.getLineNr() + ":" + location.getColumnNr();
  }
}
