package dev.knots.cli;

import dev.knots.history.ProgressText;
import dev.knots.history.SessionRecord;
import dev.knots.terminal.BlockPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
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
    // knots.locale=C: the launcher found the user's own locale not UTF-8
    boolean blocks =
        !plain && BlockPolicy.useBlocks(context.console()::var, System.getProperty("knots.locale"));
    PrintWriter out = context.console().out();
    out.print(
        new ProgressText(
                filter.area, sessions, access.now(), access.zone(), blocks, System.lineSeparator())
            .text());
    out.flush();
    return ExitCode.OK;
  }
}
