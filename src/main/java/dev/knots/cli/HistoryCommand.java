package dev.knots.cli;

import dev.knots.history.ForgetText;
import dev.knots.history.HistoryStore;
import dev.knots.history.export.ExportFormat;
import dev.knots.history.export.HistoryExport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
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
  private final AppContext context;

  @Mixin AreaFilter filter = new AreaFilter();

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description = "Only records since a time back (14d, 3w) or a date (2026-11-01).")
  String since;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
  ExportFormat format;

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
    HistoryExport export =
        new HistoryExport(
            (format == null ? ExportFormat.table : format)
                .rendering(access.zone(), System.lineSeparator(), filter.area, since),
            context.console().out());
    access.withStore(
        store -> {
          store.check(); // a store that cannot be read prints nothing, not half an export
          export.start();
          store.eachRow(filter.area, from, export);
          return null;
        });
    export.end();
    return ExitCode.OK;
  }

  private int forget(HistoryStore store) {
    PrintWriter out = context.console().out();
    ForgetText text = new ForgetText(filter.area);
    HistoryStore.Counts counts = store.count(filter.area);
    if (counts.sessions() + counts.triages() == 0) {
      out.println(text.nothing());
      return ExitCode.OK;
    }
    if (!yes) {
      if (!context.console().interactive()) {
        throw KnotsException.usage(text.needsYes(counts));
      }
      out.print(text.question(counts));
      out.flush();
      if (!ForgetText.confirms(answer())) {
        out.println(ForgetText.kept());
        return ExitCode.OK;
      }
    }
    out.println(ForgetText.deleted(store.forget(filter.area)));
    return ExitCode.OK;
  }

  /** The line typed at the question; null at the end of the input or when it cannot be read. */
  private String answer() {
    try {
      return new BufferedReader(
              new InputStreamReader(context.console().in(), StandardCharsets.UTF_8))
          .readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
