package dev.knots.history.export;

import dev.knots.history.HistoryRow;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Writes an export row by row as the store hands the rows over, so no history is too long to
 * export; print, never println, whose flush per line is slow.
 */
public final class HistoryExport implements Consumer<HistoryRow> {
  private final HistoryFormat format;
  private final PrintWriter out;
  private boolean any;

  public HistoryExport(HistoryFormat format, PrintWriter out) {
    this.format = format;
    this.out = out;
  }

  /** What comes before the first row. */
  public void start() {
    out.print(format.start());
  }

  @Override
  public void accept(HistoryRow row) {
    out.print(format.row(row, !any));
    any = true;
  }

  /** What comes after the last row; the output is flushed. */
  public void end() {
    out.print(format.end(any));
    out.flush();
  }
}
