package dev.knots.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.knots.routine.InvalidRoutineFile;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.Problem;
import dev.knots.routine.Routine;
import java.util.Locale;

/** JSON shapes of routines for {@code --format json}: stable keys, plain values. */
final class RoutineJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RoutineJson() {}

  static ObjectNode summary(LocatedRoutine located, boolean replacesBundled) {
    Routine r = located.routine();
    ObjectNode node = MAPPER.createObjectNode();
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

  static ObjectNode invalid(InvalidRoutineFile file) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", file.file().toString());
    ArrayNode problems = node.putArray("problems");
    for (Problem p : file.problems()) {
      ObjectNode pn = problems.addObject();
      pn.put("line", p.line());
      pn.put("column", p.column());
      pn.put("message", p.message());
    }
    return node;
  }

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
