package dev.knots.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.knots.history.Ending;
import dev.knots.history.HistoryStore;
import dev.knots.history.SessionRecord;
import dev.knots.history.TriageEntry;
import dev.knots.history.TriageRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the recorded sessions and triage runs, or forgets them. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Your recorded sessions and safety checks, newest first.")
final class HistoryCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  /** The columns of the CSV output, in order; also the JSON field names. */
  static final List<String> FIELDS =
      List.of(
          "kind",
          "id",
          "at",
          "area",
          "routine",
          "origin",
          "level",
          "fired",
          "precautions",
          "answers",
          "painBefore",
          "painAfter",
          "stepsDone",
          "stepsSkipped",
          "seconds",
          "ending",
          "feltWarningSigns",
          "stopReason",
          "endedAt");

  private final AppContext context;
  Clock clock = Clock.systemDefaultZone();

  @Mixin AreaFilter filter = new AreaFilter();

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description = "Only records since a time back (14d, 3w) or a date (2026-11-01).")
  String since;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
  Format format;

  @Option(names = "--forget", description = "Delete the records (of --area, or all); asks first.")
  boolean forget;

  @Option(names = "--yes", description = "With --forget: do not ask.")
  boolean yes;

  HistoryCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    HistoryAccess access = new HistoryAccess(context, clock);
    if (forget) {
      if (since != null || format != null) {
        throw KnotsException.usage("--forget takes only --area and --yes");
      }
      return access.withStore(this::forget);
    }
    if (yes) {
      throw KnotsException.usage("--yes goes with --forget");
    }
    Instant from = access.since(since);
    List<Row> rows =
        access.withStore(
            store -> rows(store.sessions(filter.area, from), store.triages(filter.area, from)));
    PrintWriter out = context.console().out();
    switch (format == null ? Format.table : format) {
      case json -> out.println(json(fields(rows)));
      case csv -> out.print(csv(fields(rows)));
      case table -> table(rows, access, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private int forget(HistoryStore store) {
    PrintWriter out = context.console().out();
    HistoryStore.Counts counts = store.count(filter.area);
    String what =
        describe(counts) + (filter.area == null ? " (every area)" : " for " + filter.area.id());
    if (counts.sessions() + counts.triages() == 0) {
      out.println(
          "Nothing to forget" + (filter.area == null ? "." : " for " + filter.area.id() + "."));
      return ExitCode.OK;
    }
    if (!yes) {
      if (!context.console().interactive()) {
        throw KnotsException.usage(
            "--forget deletes " + what + "; add --yes to confirm when not at a terminal");
      }
      out.print("Delete " + what + "? This cannot be undone. [y/N] ");
      out.flush();
      if (!confirmed()) {
        out.println("Nothing deleted.");
        return ExitCode.OK;
      }
    }
    HistoryStore.Counts deleted = store.forget(filter.area);
    out.println("Deleted " + describe(deleted) + ".");
    return ExitCode.OK;
  }

  private boolean confirmed() {
    try {
      String line =
          new BufferedReader(new InputStreamReader(context.console().in(), StandardCharsets.UTF_8))
              .readLine();
      String answer = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
      return answer.equals("y") || answer.equals("yes");
    } catch (IOException e) {
      return false;
    }
  }

  private static String describe(HistoryStore.Counts counts) {
    return plural(counts.sessions(), "session")
        + " and "
        + plural(counts.triages(), "safety check");
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A record's time and its output fields. */
  record Row(Instant at, Map<String, Object> fields) {}

  /** The rows as JSON/CSV fields: times become ISO-8601 text only here, as the table needs none. */
  private static List<Map<String, Object>> fields(List<Row> rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, Object> fields = new LinkedHashMap<>(row.fields());
      fields.replaceAll((k, v) -> v instanceof Instant at ? at.toString() : v);
      out.add(fields);
    }
    return out;
  }

  /** Sessions and triage runs as one list, newest first. */
  static List<Row> rows(List<SessionRecord> sessions, List<TriageEntry> triages) {
    List<Row> rows = new ArrayList<>();
    for (SessionRecord s : sessions) {
      Map<String, Object> row = empty();
      row.put("kind", "session");
      row.put("id", s.id());
      row.put("at", s.startedAt());
      row.put("area", s.area().id());
      row.put("routine", s.routineName());
      row.put("origin", s.routineOrigin());
      row.put("level", s.triageLevel());
      row.put("fired", s.firedIds());
      row.put("precautions", s.precautions());
      row.put("painBefore", s.painBefore());
      row.put("painAfter", s.painAfter());
      row.put("stepsDone", s.stepsDone());
      row.put("stepsSkipped", s.stepsSkipped());
      row.put("seconds", s.seconds());
      row.put("ending", s.ending() == null ? "RUNNING" : s.ending().name());
      row.put("feltWarningSigns", s.feltWarningSigns());
      row.put("stopReason", s.stopReason());
      row.put("endedAt", s.endedAt());
      rows.add(new Row(s.startedAt(), row));
    }
    for (TriageEntry entry : triages) {
      TriageRecord t = entry.triage();
      Map<String, Object> row = empty();
      row.put("kind", "triage");
      row.put("id", entry.id());
      row.put("at", t.at());
      row.put("area", t.area() == null ? null : t.area().id());
      row.put("level", t.level());
      row.put("fired", t.firedIds());
      row.put("answers", t.answers());
      rows.add(new Row(t.at(), row));
    }
    rows.sort(Comparator.comparing(Row::at).reversed());
    return rows;
  }

  private static Map<String, Object> empty() {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String field : FIELDS) {
      row.put(field, null);
    }
    return row;
  }

  private static String json(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return "[]"; // Jackson's pretty printer would write "[ ]"
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps always serialise", e);
    }
  }

  /** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
  static String csv(List<Map<String, Object>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", FIELDS)).append("\r\n");
    for (Map<String, Object> row : rows) {
      out.append(FIELDS.stream().map(f -> csvField(row.get(f))).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String csvField(Object value) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof List<?> list) {
      text = list.stream().map(String::valueOf).collect(Collectors.joining(" "));
    } else if (value instanceof Map<?, ?> map) {
      text =
          map.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(" "));
    } else {
      text = String.valueOf(value);
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** Aligned columns that fit 80 characters; long routine names are cut. */
  private void table(List<Row> rows, HistoryAccess access, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println(
          "No records"
              + (filter.area == null ? "" : " for " + filter.area.id())
              + (since == null ? "" : " since " + since)
              + " yet. They appear here after 'knots session' or 'knots triage'.");
      return;
    }
    // plain appends rather than printf: printf per line is the slowest part of 3,650 lines
    StringBuilder text = new StringBuilder(rows.size() * 80);
    line(text, "WHEN", "AREA", "ROUTINE", "LEVEL", "PAIN", "ENDED");
    for (Row row : rows) {
      Map<String, Object> r = row.fields();
      boolean session = "session".equals(r.get("kind"));
      String areaName = r.get("area") == null ? "-" : (String) r.get("area");
      String routine = session ? cut((String) r.get("routine"), 16) : "(safety check)";
      String pain;
      if (session) {
        pain = painText(r.get("painBefore")) + "->" + painText(r.get("painAfter"));
      } else {
        @SuppressWarnings("unchecked")
        Map<String, String> answers = (Map<String, String>) r.get("answers");
        pain = answers.getOrDefault("pain", "-");
      }
      String ended = session ? endingText((String) r.get("ending")) : "";
      line(text, access.minute(row.at()), areaName, routine, (String) r.get("level"), pain, ended);
    }
    out.print(text);
  }

  private static final int[] WIDTHS = {16, 11, 16, 9, 6};

  private static void line(StringBuilder text, String... cells) {
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
    text.append(System.lineSeparator());
  }

  private static String painText(Object pain) {
    return pain == null ? "?" : pain.toString();
  }

  static String endingText(String ending) {
    if (ending.equals("RUNNING")) {
      return "running";
    }
    return Ending.valueOf(ending) == Ending.ENDED_UNEXPECTEDLY
        ? "unexpected"
        : ending.toLowerCase(Locale.ROOT);
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
