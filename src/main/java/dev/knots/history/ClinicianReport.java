package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one-page Markdown summary for a doctor or physiotherapist: the records of a period, with days
 * and times in the reader's zone, made at a given moment. Pure: the caller reads the store.
 *
 * @param area the area asked for, or null for every area
 * @param from the start of the period
 * @param defaultPeriod whether it is the default period (the report says how to change it)
 * @param now when the report is made, in {@code zone}: the zone days and times are shown in
 * @param sessions the sessions of the period, newest first
 * @param triages the safety checks of the period, newest first
 * @param sessionAnswers the triage answers given at the start of sessions, by session id
 */
public record ClinicianReport(
    Area area,
    Instant from,
    boolean defaultPeriod,
    Instant now,
    ZoneId zone,
    List<SessionRecord> sessions,
    List<TriageEntry> triages,
    Map<Long, Map<String, String>> sessionAnswers) {

  /** Longest list a section shows, so the report stays about a page; the latest are kept. */
  public static final int LIST_LIMIT = 20;

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  public ClinicianReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    sessions = List.copyOf(sessions);
    triages = List.copyOf(triages);
    sessionAnswers = Map.copyOf(sessionAnswers);
  }

  /** A line of the safety check table: a check, or a session that started with a flag. */
  private record Outcome(
      Instant at, String from, String level, List<String> fired, String answers) {}

  /** The report. */
  public String markdown() {
    StringBuilder md = new StringBuilder("# knots report");
    md.append(area == null ? "" : ": " + area.id()).append("\n\n");
    md.append("Records since ")
        .append(day(from))
        .append(defaultPeriod ? " (the last 90 days; --since changes it)" : "")
        .append(", made ")
        .append(minute(now))
        .append(". Pain is self-rated 0-10 (0-3 mild, 4-6 moderate, 7-10 severe).")
        .append(" knots is a self-care coach, not a diagnosis.\n");
    Map<Area, List<SessionRecord>> sessionsByArea =
        new TreeMap<>(sessions.stream().collect(Collectors.groupingBy(SessionRecord::area)));
    Map<Area, List<TriageEntry>> triagesByArea = new TreeMap<>();
    List<TriageEntry> noArea = new ArrayList<>();
    for (TriageEntry t : triages) {
      if (t.triage().area() == null) {
        noArea.add(t);
      } else {
        triagesByArea.computeIfAbsent(t.triage().area(), k -> new ArrayList<>()).add(t);
      }
    }
    Set<Area> areas = new TreeSet<>(sessionsByArea.keySet());
    areas.addAll(triagesByArea.keySet());
    if (areas.isEmpty() && noArea.isEmpty()) {
      md.append("\nNo sessions or safety checks recorded in this period.\n");
      return md.toString();
    }
    for (Area a : areas) {
      section(
          md,
          a,
          sessionsByArea.getOrDefault(a, List.of()),
          triagesByArea.getOrDefault(a, List.of()));
    }
    if (!noArea.isEmpty()) {
      md.append("\n## Safety checks without an area\n\n");
      outcomes(md, List.of(), noArea);
    }
    return md.toString();
  }

  private void section(
      StringBuilder md, Area a, List<SessionRecord> sessions, List<TriageEntry> triages) {
    md.append("\n## ").append(a.id()).append("\n\n");
    ReportData d = ReportData.of(a, sessions);
    if (d.sessions() == 0) {
      md.append("- Sessions: none in this period\n");
    } else {
      figures(md, a, d, sessions);
    }
    List<SessionRecord> flagged =
        sessions.stream()
            .filter(s -> !s.firedIds().isEmpty() || !"SELF_CARE".equals(s.triageLevel()))
            .toList();
    if (!triages.isEmpty() || !flagged.isEmpty()) {
      md.append("\n### Safety check outcomes\n\n");
      outcomes(md, flagged, triages);
    }
    stops(md, sessions);
  }

  private void figures(StringBuilder md, Area a, ReportData d, List<SessionRecord> sessions) {
    md.append("- Sessions: ")
        .append(d.sessions())
        .append(" from ")
        .append(day(d.first()))
        .append(" to ")
        .append(day(d.last()))
        .append(", about ")
        .append(String.format(Locale.ROOT, "%.1f", d.perWeek()))
        .append(" a week; ")
        .append(endings(d))
        .append("\n");
    List<SessionRecord> oldestFirst = new ArrayList<>(sessions);
    oldestFirst.sort(Comparator.comparing(SessionRecord::startedAt));
    List<Integer> before = oldestFirst.stream().map(SessionRecord::painBefore).toList();
    md.append("- Pain before sessions: ")
        .append(firstLast(before))
        .append(", mean ")
        .append(ReportText.number(d.meanBefore()))
        .append("; after: mean ")
        .append(ReportText.number(d.meanAfter()))
        .append(" (mean change in a session ")
        .append(
            d.meanDrop().isPresent() ? ReportText.signed(-d.meanDrop().getAsDouble()) : "unknown")
        .append(")\n");
    List<Integer> recent = before.subList(Math.max(0, before.size() - LIST_LIMIT), before.size());
    md.append("- Pain before, oldest first")
        .append(recent.size() < before.size() ? " (last " + recent.size() + ")" : "")
        .append(": ")
        .append(Charts.painLine(recent, false))
        .append("\n");
    md.append("- Trend (last 6 weeks): ")
        .append(Verdict.of(PainTrend.of(a, sessions, now)))
        .append("\n");
  }

  private void stops(StringBuilder md, List<SessionRecord> sessions) {
    List<SessionRecord> events =
        sessions.stream()
            .filter(s -> s.ending() == Ending.STOPPED || Boolean.TRUE.equals(s.feltWarningSigns()))
            .sorted(Comparator.comparing(SessionRecord::startedAt))
            .toList();
    if (events.isEmpty()) {
      return;
    }
    md.append("\n### Stops and warning signs\n\n");
    md.append("| date | routine | what happened |\n|---|---|---|\n");
    if (events.size() > LIST_LIMIT) {
      md.append("| ... | | ").append(events.size() - LIST_LIMIT).append(" earlier ones |\n");
      events = events.subList(events.size() - LIST_LIMIT, events.size());
    }
    for (SessionRecord s : events) {
      List<String> what = new ArrayList<>();
      if (s.ending() == Ending.STOPPED) {
        what.add("stopped" + (s.stopReason() == null ? "" : ": " + s.stopReason()));
      }
      if (Boolean.TRUE.equals(s.feltWarningSigns())) {
        what.add("felt sharp pain, numbness, tingling, dizziness or faintness");
      }
      md.append("| ")
          .append(day(s.startedAt()))
          .append(" | ")
          .append(ReportText.cell(s.routineName()))
          .append(" | ")
          .append(ReportText.cell(String.join("; ", what)))
          .append(" |\n");
    }
  }

  /** The table of safety check outcomes, oldest first; at the same moment a session first. */
  private void outcomes(StringBuilder md, List<SessionRecord> sessions, List<TriageEntry> triages) {
    md.append("| date | from | outcome | flags | answers given |\n|---|---|---|---|---|\n");
    List<Outcome> rows = new ArrayList<>();
    for (SessionRecord s : sessions) {
      Map<String, String> given = sessionAnswers.get(s.id());
      rows.add(
          new Outcome(
              s.startedAt(),
              "session",
              s.triageLevel(),
              s.firedIds(),
              given != null
                  ? joined(given)
                  : s.painBefore() == null ? "" : "pain=" + s.painBefore()));
    }
    for (TriageEntry t : triages) {
      rows.add(
          new Outcome(
              t.triage().at(),
              "safety check",
              t.triage().level(),
              t.triage().firedIds(),
              joined(t.triage().answers())));
    }
    rows.sort(Comparator.comparing(Outcome::at)); // stable: the order above breaks ties
    if (rows.size() > LIST_LIMIT) {
      md.append("| ... | | | | ").append(rows.size() - LIST_LIMIT).append(" earlier ones |\n");
      rows = rows.subList(rows.size() - LIST_LIMIT, rows.size());
    }
    for (Outcome r : rows) {
      String fired = String.join(", ", r.fired());
      md.append("| ")
          .append(minute(r.at()))
          .append(" | ")
          .append(r.from())
          .append(" | ")
          .append(ReportText.cell(r.level()))
          .append(" | ")
          .append(ReportText.cell(fired.isEmpty() ? "-" : fired))
          .append(" | ")
          .append(ReportText.cell(r.answers().isEmpty() ? "-" : r.answers()))
          .append(" |\n");
    }
  }

  private String day(Instant at) {
    return DAY.format(at.atZone(zone));
  }

  private String minute(Instant at) {
    return MINUTE.format(at.atZone(zone));
  }

  private static String joined(Map<String, String> answers) {
    return answers.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String endings(ReportData d) {
    List<String> parts = new ArrayList<>();
    parts.add(d.completed() + " completed");
    if (d.quit() > 0) {
      parts.add(d.quit() + " quit early");
    }
    if (d.stopped() > 0) {
      parts.add(d.stopped() + " stopped for a warning sign");
    }
    if (d.interrupted() > 0) {
      parts.add(d.interrupted() + " interrupted");
    }
    if (d.endedUnexpectedly() > 0) {
      parts.add(d.endedUnexpectedly() + " ended unexpectedly");
    }
    int running =
        d.sessions()
            - d.completed()
            - d.quit()
            - d.stopped()
            - d.interrupted()
            - d.endedUnexpectedly();
    if (running > 0) {
      parts.add(running + " still running");
    }
    return String.join(", ", parts);
  }

  private static String firstLast(List<Integer> values) {
    List<Integer> known = values.stream().filter(Objects::nonNull).toList();
    return known.isEmpty()
        ? "not rated"
        : "first " + known.get(0) + ", last " + known.get(known.size() - 1);
  }
}
