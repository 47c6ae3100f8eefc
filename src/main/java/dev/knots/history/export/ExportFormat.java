package dev.knots.history.export;

import dev.knots.body.Area;
import java.time.ZoneId;

/** The formats of {@code knots history --format}, named as they are typed. */
public enum ExportFormat {
  table,
  json,
  csv;

  /**
   * This format's rendering.
   *
   * @param zone the zone a table shows times in
   * @param newline the line end
   * @param area the area asked for, or null: an empty table names it
   * @param since the --since text asked for, or null: an empty table names it
   */
  public HistoryFormat rendering(ZoneId zone, String newline, Area area, String since) {
    return switch (this) {
      case json -> new HistoryJson(newline);
      case csv -> new HistoryCsv();
      case table -> new HistoryTable(zone, newline, area, since);
    };
  }
}
