package dev.knots.cli;

import dev.knots.history.ClinicianReport;
import dev.knots.platform.PrivateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
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

  private final AppContext context;

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
    ClinicianReport report =
        access.withStore(
            store ->
                new ClinicianReport(
                    filter.area,
                    from,
                    since == null,
                    access.now(),
                    access.zone(),
                    store.sessions(filter.area, from),
                    store.triages(filter.area, from),
                    store.sessionAnswers(filter.area, from)));
    String markdown = report.markdown();
    if (output == null || output.toString().equals("-")) {
      context.console().out().print(markdown);
      context.console().out().flush();
      return ExitCode.OK;
    }
    Path file = context.console().workingDir().resolve(output).normalize();
    boolean replaced;
    try {
      replaced = PrivateFile.writeOrInto(file, markdown);
    } catch (IOException e) {
      throw KnotsException.ioError(
          "cannot write the report to " + file + ": " + PrivateFile.reason(e), e);
    }
    if (replaced) {
      context.console().out().println("Report written to " + file + " (readable by you only).");
      context.console().out().flush();
    }
    return ExitCode.OK;
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
}
