package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code knots progress} shows: per area, pain before and after each session as a small chart
 * (or numbers), sessions a week, and a verdict; pure, at a given moment in a given zone.
 *
 * @param area the area asked for, or null: named when there is nothing to show
 * @param sessions the sessions, in any order
 * @param now the moment the weeks and the verdict count back from, in {@code zone}
 * @param zone the zone the days are shown in
 * @param unicode block characters; numbers when false
 * @param newline the line end
 */
public record ProgressText(
    Area area,
    List<SessionRecord> sessions,
    Instant now,
    ZoneId zone,
    boolean unicode,
    String newline) {
  /** How many sessions a chart shows (the latest), so a line fits 80 columns. */
  static final int CHART_SESSIONS = 40;

  static final int PLAIN_SESSIONS = 20;
  static final int WEEKS = 8;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  public ProgressText {
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(newline, "newline");
  }

  /** The text, a block per area with a blank line between. */
  public String text() {
    StringBuilder out = new StringBuilder();
    if (sessions.isEmpty()) {
      String name = area == null ? null : area.id();
      return out.append("No sessions recorded")
          .append(name == null ? "" : " for " + name)
          .append(" yet. Run 'knots session --area ")
          .append(name == null ? "AREA" : name)
          .append("' and come back after a few sessions.")
          .append(newline)
          .toString();
    }
    Map<Area, List<SessionRecord>> byArea =
        new TreeMap<>(sessions.stream().collect(Collectors.groupingBy(SessionRecord::area)));
    for (Map.Entry<Area, List<SessionRecord>> entry : byArea.entrySet()) {
      if (out.length() > 0) {
        out.append(newline);
      }
      block(out, entry.getKey(), entry.getValue());
    }
    return out.toString();
  }

  private void block(StringBuilder out, Area a, List<SessionRecord> ofArea) {
    List<SessionRecord> oldestFirst = new ArrayList<>(ofArea);
    oldestFirst.sort(Comparator.comparing(SessionRecord::startedAt));
    int count = oldestFirst.size();
    line(
        out,
        a.id()
            + ": "
            + count
            + " session"
            + (count == 1 ? "" : "s")
            + ", "
            + day(oldestFirst.get(0).startedAt())
            + " to "
            + day(oldestFirst.get(count - 1).startedAt()));
    int shown = unicode ? CHART_SESSIONS : PLAIN_SESSIONS;
    List<SessionRecord> recent = oldestFirst.subList(Math.max(0, count - shown), count);
    List<Integer> before = recent.stream().map(SessionRecord::painBefore).toList();
    List<Integer> after = recent.stream().map(SessionRecord::painAfter).toList();
    int[] weekly =
        Weeks.counts(oldestFirst.stream().map(SessionRecord::startedAt).toList(), now, WEEKS);
    String perWeek =
        String.format(Locale.ROOT, "%.1f", Arrays.stream(weekly).sum() / (double) WEEKS);
    String span = recent.size() < count ? " (last " + recent.size() + " sessions)" : "";
    if (unicode) {
      line(out, "  before  " + Charts.painLine(before, true) + "  " + ends(before));
      line(out, "  after   " + Charts.painLine(after, true) + "  " + ends(after));
      line(
          out,
          "  weekly  "
              + Charts.countLine(weekly, true)
              + "  last "
              + WEEKS
              + " weeks, "
              + perWeek
              + " a week");
      line(out, "  pain 0-10 per session, oldest first" + span);
    } else {
      line(out, "  pain before, oldest first" + span + ": " + Charts.painLine(before, false));
      line(out, "  pain after: " + Charts.painLine(after, false));
      line(
          out,
          "  sessions per week, last "
              + WEEKS
              + " weeks: "
              + Charts.countLine(weekly, false)
              + " ("
              + perWeek
              + " a week)");
    }
    if (Boolean.TRUE.equals(oldestFirst.get(count - 1).feltWarningSigns())) {
      line(
          out,
          "  last session: you felt warning signs - stop rolling this area,"
              + " and get checked if it does not settle");
    }
    line(out, "  verdict: " + Verdict.of(PainTrend.of(a, oldestFirst, now)));
  }

  private void line(StringBuilder out, String text) {
    out.append(text).append(newline);
  }

  private String day(Instant at) {
    return DAY.format(at.atZone(zone));
  }

  /** "6 → 2": the first and last answered rating. */
  private static String ends(List<Integer> values) {
    List<Integer> known = values.stream().filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return "no ratings";
    }
    return known.get(0) + " \u2192 " + known.get(known.size() - 1);
  }
}
