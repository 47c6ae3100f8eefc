package dev.knots.history.export;

import dev.knots.history.HistoryRow;
import java.util.Map;

/** RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or line break. */
public final class HistoryCsv implements HistoryFormat {
  private static final String CRLF = "\r\n";

  @Override
  public String start() {
    return String.join(",", HistoryRow.FIELDS) + CRLF;
  }

  @Override
  public String row(HistoryRow r, boolean first) {
    StringBuilder line = new StringBuilder(160);
    line.append(r.kind().text());
    cell(line, Long.toString(r.id()));
    cell(line, r.at());
    cell(line, r.area() == null ? null : r.area().id());
    cell(line, r.routine());
    cell(line, r.origin());
    cell(line, r.level());
    cell(line, String.join(" ", r.fired()));
    cell(line, r.precautions() == null ? null : String.join(" ", r.precautions()));
    cell(line, r.answers() == null ? null : answers(r.answers()));
    cell(line, r.painBefore());
    cell(line, r.painAfter());
    cell(line, r.stepsDone());
    cell(line, r.stepsSkipped());
    cell(line, r.seconds());
    cell(line, r.endingName());
    cell(line, r.feltWarningSigns());
    cell(line, r.stopReason());
    cell(line, r.endedAt());
    return line.append(CRLF).toString();
  }

  @Override
  public String end(boolean any) {
    return "";
  }

  private static String answers(Map<String, String> answers) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(answer.getKey()).append('=').append(answer.getValue());
    }
    return text.toString();
  }

  /** A comma and the value; null is empty. */
  private static void cell(StringBuilder line, Object value) {
    line.append(',');
    if (value == null) {
      return;
    }
    String text = value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      line.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      line.append(text);
    }
  }
}
