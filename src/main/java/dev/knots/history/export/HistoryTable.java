package dev.knots.history.export;

import dev.knots.body.Area;
import dev.knots.history.Ending;
import dev.knots.history.HistoryRow;
import dev.knots.history.Printable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Aligned columns of fixed widths that fit 80 characters (long routine names are cut), so each line
 * is written as its row comes, with no look at the others.
 *
 * @param zone the zone the times are shown in
 * @param newline the line end
 * @param area the area asked for, or null: named when there is nothing to show
 * @param since the --since text asked for, or null: named when there is nothing to show
 */
public record HistoryTable(ZoneId zone, String newline, Area area, String since)
    implements HistoryFormat {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /** The widths of the columns but the last, which takes what it needs. */
  private static final int[] WIDTHS = {16, 11, 16, 9, 6};

  @Override
  public String start() {
    return "";
  }

  @Override
  public String row(HistoryRow r, boolean first) {
    StringBuilder text = new StringBuilder(first ? 160 : 80);
    if (first) {
      line(text, "WHEN", "AREA", "ROUTINE", "LEVEL", "PAIN", "ENDED");
    }
    boolean session = r.session();
    String pain =
        session
            ? pain(r.painBefore()) + "->" + pain(r.painAfter())
            : Printable.line(r.answers().getOrDefault("pain", "-"));
    // stored text on one line and without control characters: it must not break the columns
    // nor reach the terminal as an escape
    line(
        text,
        MINUTE.format(r.at().atZone(zone)),
        r.area() == null ? "-" : r.area().id(),
        session ? cut(Printable.line(r.routine()), 16) : "(safety check)",
        Printable.line(r.level()),
        pain,
        session ? ending(r.ending()) : "");
    return text.toString();
  }

  @Override
  public String end(boolean any) {
    if (any) {
      return "";
    }
    return "No records"
        + (area == null ? "" : " for " + area.id())
        + (since == null ? "" : " since " + since)
        + " yet. They appear here after 'knots session' or 'knots triage'."
        + newline;
  }

  private void line(StringBuilder text, String... cells) {
    int start = text.length();
    for (int i = 0; i < cells.length; i++) {
      text.append(cells[i]);
      if (i < WIDTHS.length) {
        int pad = WIDTHS[i] + 2 - cells[i].length();
        text.append(" ".repeat(Math.max(1, pad)));
      }
    }
    // no trailing blanks when the last cell is empty
    int end = text.length();
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    text.append(newline);
  }

  private static String pain(Integer pain) {
    return pain == null ? "?" : pain.toString();
  }

  private static String ending(Ending ending) {
    if (ending == null) {
      return "running";
    }
    return ending == Ending.ENDED_UNEXPECTEDLY
        ? "unexpected"
        : ending.name().toLowerCase(Locale.ROOT);
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
