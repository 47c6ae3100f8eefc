package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.history.Charts;
import dev.knots.history.PainTrend;
import dev.knots.history.ReportData;
import dev.knots.history.SessionRecord;
import dev.knots.history.TriageEntry;
import dev.knots.history.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A one-page Markdown summary for a doctor or physiotherapist, printed or written to a file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "A one-page Markdown summary for a doctor or physio.")
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_SINCE = "90d";

  /** Longest list a section shows, so the report stays about a page; the latest are kept. */
  static final int LIST_LIMIT = 20;

  private final AppContext context;
  private Map<Long, Map<String, String>> answers = Map.of();

  @Mixin AreaFilter filter = new AreaFilter();

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Records since a time back (14d, 3w) or a date (2026-11-01); default: the last 90"
              + " days.")
  String since;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE (readable by you only) instead of printing it.")
  Path output;

  ReportCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    checkOutput();
    HistoryAccess access = new HistoryAccess(context);
    // one page: the last 90 days unless asked otherwise, which is what a clinician asks about
    Instant from = access.since(since == null ? DEFAULT_SINCE : since);
    List<TriageEntry> triages = new ArrayList<>();
    List<SessionRecord> sessions =
        access.withStore(
            store -> {
              triages.addAll(store.triages(filter.area, from));
              answers = store.sessionAnswers(filter.area, from);
              return store.sessions(filter.area, from);
            });
    String markdown = markdown(sessions, triages, access, from);
    if (output == null || output.toString().equals("-")) {
      context.console().out().print(markdown);
      context.console().out().flush();
      return ExitCode.OK;
    }
    Path file = context.console().workingDir().resolve(output).normalize();
    if (!Files.isRegularFile(file) && Files.exists(file)) {
      // a device or FIFO (/dev/null, /dev/stdout, a named pipe) is written to, never replaced
      writeInPlace(file, markdown);
      return ExitCode.OK;
    }
    write(file, markdown);
    context.console().out().println("Report written to " + file + " (readable by you only).");
    context.console().out().flush();
    return ExitCode.OK;
  }

  private String markdown(
      List<SessionRecord> sessions, List<TriageEntry> triages, HistoryAccess access, Instant from) {
    StringBuilder md = new StringBuilder();
    md.append("# knots report")
        .append(filter.area == null ? "" : ": " + filter.area.id())
        .append("\n\n");
    md.append("Records since ")
        .append(access.day(from))
        .append(since == null ? " (the last 90 days; --since changes it)" : "")
        .append(", made ")
        .append(access.minute(access.now()))
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
    java.util.Set<Area> areas = new java.util.TreeSet<>(sessionsByArea.keySet());
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
          triagesByArea.getOrDefault(a, List.of()),
          access);
    }
    if (!noArea.isEmpty()) {
      md.append("\n## Safety checks without an area\n\n");
      triageTable(md, List.of(), noArea, access);
    }
    return md.toString();
  }

  private void section(
      StringBuilder md,
      Area a,
      List<SessionRecord> sessions,
      List<TriageEntry> triages,
      HistoryAccess access) {
    md.append("\n## ").append(a.id()).append("\n\n");
    ReportData d = ReportData.of(a, sessions);
    if (d.sessions() == 0) {
      md.append("- Sessions: none in this period\n");
    } else {
      md.append("- Sessions: ")
          .append(d.sessions())
          .append(" from ")
          .append(access.day(d.first()))
          .append(" to ")
          .append(access.day(d.last()))
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
          .append(number(d.meanBefore()))
          .append("; after: mean ")
          .append(number(d.meanAfter()))
          .append(" (mean change in a session ")
          .append(d.meanDrop().isPresent() ? signed(-d.meanDrop().getAsDouble()) : "unknown")
          .append(")\n");
      List<Integer> recent = before.subList(Math.max(0, before.size() - LIST_LIMIT), before.size());
      md.append("- Pain before, oldest first")
          .append(recent.size() < before.size() ? " (last " + recent.size() + ")" : "")
          .append(": ")
          .append(Charts.painLine(recent, false))
          .append("\n");
      md.append("- Trend (last 6 weeks): ")
          .append(Verdict.of(PainTrend.of(a, sessions, access.now())))
          .append("\n");
    }
    List<SessionRecord> flagged =
        sessions.stream()
            .filter(s -> !s.firedIds().isEmpty() || !"SELF_CARE".equals(s.triageLevel()))
            .toList();
    if (!triages.isEmpty() || !flagged.isEmpty()) {
      md.append("\n### Safety check outcomes\n\n");
      triageTable(md, flagged, triages, access);
    }
    List<SessionRecord> events =
        sessions.stream()
            .filter(
                s ->
                    s.ending() == dev.knots.history.Ending.STOPPED
                        || Boolean.TRUE.equals(s.feltWarningSigns()))
            .sorted(Comparator.comparing(SessionRecord::startedAt))
            .toList();
    if (!events.isEmpty()) {
      md.append("\n### Stops and warning signs\n\n");
      md.append("| date | routine | what happened |\n|---|---|---|\n");
      if (events.size() > LIST_LIMIT) {
        md.append("| ... | | ").append(events.size() - LIST_LIMIT).append(" earlier ones |\n");
        events = events.subList(events.size() - LIST_LIMIT, events.size());
      }
      for (SessionRecord s : events) {
        List<String> what = new ArrayList<>();
        if (s.ending() == dev.knots.history.Ending.STOPPED) {
          what.add("stopped" + (s.stopReason() == null ? "" : ": " + s.stopReason()));
        }
        if (Boolean.TRUE.equals(s.feltWarningSigns())) {
          what.add("felt sharp pain, numbness, tingling, dizziness or faintness");
        }
        md.append("| ")
            .append(access.day(s.startedAt()))
            .append(" | ")
            .append(cell(s.routineName()))
            .append(" | ")
            .append(cell(String.join("; ", what)))
            .append(" |\n");
      }
    }
  }

  private void triageTable(
      StringBuilder md,
      List<SessionRecord> sessions,
      List<TriageEntry> triages,
      HistoryAccess access) {
    md.append("| date | from | outcome | flags | answers given |\n|---|---|---|---|---|\n");
    List<String[]> rows = new ArrayList<>();
    for (SessionRecord s : sessions) {
      rows.add(
          new String[] {
            s.startedAt().toString(),
            access.minute(s.startedAt()),
            "session",
            s.triageLevel(),
            String.join(", ", s.firedIds()),
            answers.containsKey(s.id())
                ? joined(answers.get(s.id()))
                : s.painBefore() == null ? "" : "pain=" + s.painBefore()
          });
    }
    for (TriageEntry t : triages) {
      rows.add(
          new String[] {
            t.triage().at().toString(),
            access.minute(t.triage().at()),
            "safety check",
            t.triage().level(),
            String.join(", ", t.triage().firedIds()),
            joined(t.triage().answers())
          });
    }
    rows.sort(Comparator.comparing((String[] r) -> Instant.parse(r[0])));
    if (rows.size() > LIST_LIMIT) {
      md.append("| ... | | | | ").append(rows.size() - LIST_LIMIT).append(" earlier ones |\n");
      rows = rows.subList(rows.size() - LIST_LIMIT, rows.size());
    }
    for (String[] r : rows) {
      md.append("| ")
          .append(r[1])
          .append(" | ")
          .append(r[2])
          .append(" | ")
          .append(cell(r[3]))
          .append(" | ")
          .append(cell(r[4].isEmpty() ? "-" : r[4]))
          .append(" | ")
          .append(cell(r[5].isEmpty() ? "-" : r[5]))
          .append(" |\n");
    }
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
    List<Integer> known = values.stream().filter(v -> v != null).toList();
    return known.isEmpty()
        ? "not rated"
        : "first " + known.get(0) + ", last " + known.get(known.size() - 1);
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "unknown";
  }

  private static String signed(double value) {
    return String.format(Locale.ROOT, "%+.1f", value);
  }

  /** Text in a Markdown table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
  }

  /** --output: a file name, "-" for stdout; never a folder (checked before the store is read). */
  private void checkOutput() {
    if (output == null || output.toString().equals("-")) {
      return;
    }
    if (output.toString().isEmpty()) {
      throw KnotsException.usage("--output needs a file name (or - for stdout)");
    }
    Path file = context.console().workingDir().resolve(output).normalize();
    if (Files.isDirectory(file) || file.getFileName() == null) {
      throw KnotsException.usage(
          "--output names a folder: " + file + " - give a file name (or - for stdout)");
    }
  }

  private static void writeInPlace(Path file, String text) {
    try (java.io.OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw KnotsException.ioError("cannot write the report to " + file + ": " + reason(e), e);
    }
  }

  /** Writes via a 0600 temporary file in the same folder, then moves it in place. */
  private static void write(Path file, String text) {
    Path dir = file.getParent();
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] privateFile =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".knots-report-", ".tmp", privateFile);
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write failure below is what the person needs to know
        }
      }
      throw KnotsException.ioError("cannot write the report to " + file + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the folder does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.split("\n")[0];
  }
}
