package dev.knots.history.export;

import dev.knots.history.HistoryRow;
import dev.knots.platform.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON array of one object per row, framed as the rows come: {@code [ {} , {} ]}, or {@code []}
 * when there are none.
 *
 * @param newline the line end inside objects (Jackson's pretty printer used the system's)
 */
public record HistoryJson(String newline) implements HistoryFormat {
  @Override
  public String start() {
    return "";
  }

  @Override
  public String row(HistoryRow r, boolean first) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("kind", r.kind().text());
    object.put("id", r.id());
    object.put("at", r.at().toString());
    object.put("area", r.area() == null ? null : r.area().id());
    object.put("routine", r.routine());
    object.put("origin", r.origin());
    object.put("level", r.level());
    object.put("fired", r.fired());
    object.put("precautions", r.precautions());
    object.put("answers", r.answers());
    object.put("painBefore", r.painBefore());
    object.put("painAfter", r.painAfter());
    object.put("stepsDone", r.stepsDone());
    object.put("stepsSkipped", r.stepsSkipped());
    object.put("seconds", r.seconds());
    object.put("ending", r.endingName());
    object.put("feltWarningSigns", r.feltWarningSigns());
    object.put("stopReason", r.stopReason());
    object.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
    return (first ? "[ " : ", ") + Json.pretty(object, newline);
  }

  @Override
  public String end(boolean any) {
    // Jackson's pretty printer would write "[ ]" for none; the export always said "[]"
    return (any ? " ]" : "[]") + newline;
  }
}
