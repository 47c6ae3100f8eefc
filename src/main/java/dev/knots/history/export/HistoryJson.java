package dev.knots.history.export;

import dev.knots.history.HistoryRow;

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
    StringBuilder text = new StringBuilder(first ? "[ " : ", ");
    JsonText object =
        JsonText.object(text, newline)
            .string("kind", r.kind().text())
            .number("id", r.id())
            .string("at", r.at().toString())
            .string("area", r.area() == null ? null : r.area().id())
            .string("routine", r.routine())
            .string("origin", r.origin())
            .string("level", r.level())
            .strings("fired", r.fired())
            .strings("precautions", r.precautions())
            .object("answers", r.answers())
            .number("painBefore", r.painBefore())
            .number("painAfter", r.painAfter())
            .number("stepsDone", r.stepsDone())
            .number("stepsSkipped", r.stepsSkipped())
            .number("seconds", r.seconds())
            .string("ending", r.endingName())
            .bool("feltWarningSigns", r.feltWarningSigns())
            .string("stopReason", r.stopReason())
            .string("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
    object.close();
    return text.toString();
  }

  @Override
  public String end(boolean any) {
    // Jackson's pretty printer would write "[ ]" for none; the export always said "[]"
    return (any ? " ]" : "[]") + newline;
  }
}
