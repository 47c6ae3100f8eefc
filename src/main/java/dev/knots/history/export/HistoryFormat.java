package dev.knots.history.export;

import dev.knots.history.HistoryRow;
import java.util.List;

/**
 * An export format of the history as pure functions of its rows, so that a caller writes each row
 * as the store hands it over and never holds the whole history.
 */
public interface HistoryFormat {
  /** What comes before the first row (a header), even when there is none. */
  String start();

  /** One row; {@code first} for the first row of the export (framing, a table's header). */
  String row(HistoryRow row, boolean first);

  /** What comes after the last row; {@code any} is false when there were no rows. */
  String end(boolean any);

  /** The whole export of these rows. */
  default String render(List<HistoryRow> rows) {
    StringBuilder text = new StringBuilder(start());
    boolean first = true;
    for (HistoryRow row : rows) {
      text.append(row(row, first));
      first = false;
    }
    return text.append(end(!rows.isEmpty())).toString();
  }
}
