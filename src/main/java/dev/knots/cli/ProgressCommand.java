package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.history.Charts;
import dev.knots.history.PainTrend;
import dev.knots.history.SessionRecord;
import dev.knots.history.Verdict;
import dev.knots.history.Weeks;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Pain before and after each session as a small chart per area, sessions a week, a verdict. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Whether your knots are getting better, as a chart.")
final class ProgressCommand implements Callable<Integer> {
  /** How many sessions a chart shows (the latest), so a line fits 80 columns. */
  static final int CHART_SESSIONS = 40;

  static final int PLAIN_SESSIONS = 20;
  static final int WEEKS = 8;

  private final AppContext context;

  @Mixin AreaFilter filter = new AreaFilter();

  @Option(names = "--plain", description = "Numbers instead of block characters.")
  boolean plain;

  ProgressCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    HistoryAccess access = new HistoryAccess(context);
    List<SessionRecord> sessions = access.withStore(store -> store.sessions(filter.area, null));
    PrintWriter out = context.console().out();
    if (sessions.isEmpty()) {
      out.println(
          "No sessions recorded"
              + (filter.area == null ? "" : " for " + filter.area.id())
              + " yet. Run 'knots session --area "
              + (filter.area == null ? "AREA" : filter.area.id())
              + "' and come back after a few sessions.");
      out.flush();
      return ExitCode.OK;
    }
    boolean unicode = !plain && access.unicode();
    Map<Area, List<SessionRecord>> byArea =
        new TreeMap<>(sessions.stream().collect(Collectors.groupingBy(SessionRecord::area)));
    boolean first = true;
    for (Map.Entry<Area, List<SessionRecord>> entry : byArea.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      block(entry.getKey(), entry.getValue(), access, unicode, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private void block(
      Area a,
      List<SessionRecord> newestFirst,
      HistoryAccess access,
      boolean unicode,
      PrintWriter out) {
    List<SessionRecord> sessions = new ArrayList<>(newestFirst);
    sessions.sort(Comparator.comparing(SessionRecord::startedAt));
    Instant now = access.now();
    out.printf(
        "%s: %s, %s to %s%n",
        a.id(),
        HistoryCommand.plural(sessions.size(), "session"),
        access.day(sessions.get(0).startedAt()),
        access.day(sessions.get(sessions.size() - 1).startedAt()));
    int shown = unicode ? CHART_SESSIONS : PLAIN_SESSIONS;
    List<SessionRecord> recent =
        sessions.subList(Math.max(0, sessions.size() - shown), sessions.size());
    List<Integer> before = recent.stream().map(SessionRecord::painBefore).toList();
    List<Integer> after = recent.stream().map(SessionRecord::painAfter).toList();
    int[] weekly =
        Weeks.counts(sessions.stream().map(SessionRecord::startedAt).toList(), now, WEEKS);
    double perWeek = java.util.Arrays.stream(weekly).sum() / (double) WEEKS;
    String span = recent.size() < sessions.size() ? " (last " + recent.size() + " sessions)" : "";
    if (unicode) {
      out.printf("  before  %s  %s%n", Charts.painLine(before, true), ends(before, " \u2192 "));
      out.printf("  after   %s  %s%n", Charts.painLine(after, true), ends(after, " \u2192 "));
      out.printf(
          "  weekly  %s  last %d weeks, %s a week%n",
          Charts.countLine(weekly, true), WEEKS, String.format(Locale.ROOT, "%.1f", perWeek));
      out.println("  pain 0-10 per session, oldest first" + span);
    } else {
      out.println("  pain before, oldest first" + span + ": " + Charts.painLine(before, false));
      out.println("  pain after: " + Charts.painLine(after, false));
      out.printf(
          "  sessions per week, last %d weeks: %s (%s a week)%n",
          WEEKS, Charts.countLine(weekly, false), String.format(Locale.ROOT, "%.1f", perWeek));
    }
    SessionRecord last = sessions.get(sessions.size() - 1);
    if (Boolean.TRUE.equals(last.feltWarningSigns())) {
      out.println(
          "  last session: you felt warning signs - stop rolling this area,"
              + " and get checked if it does not settle");
    }
    out.println("  verdict: " + Verdict.of(PainTrend.of(a, sessions, now)));
  }

  /** "6 → 2": the first and last answered rating. */
  private static String ends(List<Integer> values, String arrow) {
    List<Integer> known = values.stream().filter(v -> v != null).toList();
    if (known.isEmpty()) {
      return "no ratings";
    }
    return known.get(0) + arrow + known.get(known.size() - 1);
  }
}
