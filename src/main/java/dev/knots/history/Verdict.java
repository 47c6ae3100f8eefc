package dev.knots.history;

import java.time.Duration;
import java.util.Locale;

/** The one-line progress verdict for an area, from its {@link PainTrend}. */
public final class Verdict {
  private Verdict() {}

  public static String of(PainTrend trend) {
    int n = trend.rated().size();
    if (n == 0) {
      return "no pain ratings in the last 6 weeks";
    }
    if (n == 1) {
      return "one rated session so far - too early to tell";
    }
    String from = String.format(Locale.ROOT, "%.0f", trend.firstMean());
    String to = String.format(Locale.ROOT, "%.0f", trend.lastMean());
    if (trend.notImproving()) {
      String over = describe(trend.span());
      return trend.wentUp()
          ? "getting worse over " + over + " (pain " + from + " to " + to + ") - get it checked"
          : "no change in " + over + " (pain " + from + " to " + to + ") - get it checked";
    }
    if (trend.cameDown()) {
      return "getting better (pain " + from + " to " + to + ")";
    }
    if (trend.wentUp()) {
      return "pain going up ("
          + from
          + " to "
          + to
          + ") - ease off, and get it checked if it goes on";
    }
    if (trend.lastMean() == 0) {
      return "no pain left - well done";
    }
    return "no clear change yet - keep a record for a few more days";
  }

  /** "9 days", "3 weeks": weeks once it is two or more. */
  static String describe(Duration span) {
    long days = span.toDays();
    if (days >= 14) {
      return days / 7 + " weeks";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
