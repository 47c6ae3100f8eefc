package dev.knots.cli;

import dev.knots.history.HistoryRow;
import dev.knots.history.HistoryStore;
import dev.knots.history.export.HistoryCsv;
import dev.knots.history.export.HistoryFormat;
import dev.knots.history.export.HistoryJson;
import dev.knots.history.export.HistoryTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

  private final AppContext context;

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
    HistoryAccess access = new HistoryAccess(context);
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
    PrintWriter out = context.console().out();
    HistoryFormat rendering =
        switch (format == null ? Format.table : format) {
          case json -> new HistoryJson(System.lineSeparator());
          case csv -> new HistoryCsv();
          case table -> new HistoryTable(access.zone(), System.lineSeparator(), filter.area, since);
        };
    // each row is written as the store hands it over: no history is too long to export
    Export export = new Export(rendering, out);
    access.withStore(
        store -> {
          store.check(); // a store that cannot be read prints nothing, not half an export
          out.print(rendering.start());
          store.eachRow(filter.area, from, export);
          return null;
        });
    out.print(rendering.end(export.any));
    out.flush();
    return ExitCode.OK;
  }

  /** Writes the rows as they come; print, never println, whose flush per line is slow. */
  private static final class Export implements Consumer<HistoryRow> {
    private final HistoryFormat format;
    private final PrintWriter out;
    private boolean any;

    Export(HistoryFormat format, PrintWriter out) {
      this.format = format;
      this.out = out;
    }

    @Override
    public void accept(HistoryRow row) {
      out.print(format.row(row, !any));
      any = true;
    }
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

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
