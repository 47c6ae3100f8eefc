package dev.knots.cli;

import dev.knots.config.Settings;
import dev.knots.session.DryRunReport;
import dev.knots.session.Ending;
import dev.knots.session.EventFile;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.terminal.EndSignals;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knots session}: the routine as a countdown, in the terminal or as plain lines. */
final class SessionCommand implements Callable<Integer>, CodedCommand {
  /** Written out for the list of commands, which then need not build this one. */
  static final String[] DESCRIPTION = {
    "Run an area's routine as a live countdown in the terminal."
  };

  private final CommandSpec spec;
  private final AppContext context;
  private final SessionOptions options = new SessionOptions();
  private Settings settings;
  private EventFile events;

  SessionCommand(AppContext context) {
    this.context = context;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("session");
    spec.usageMessage().sortOptions(false).description(DESCRIPTION);
    options.declareOn(spec);
    CodedCommand.addStandardHelp(spec);
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    if (options.format != null && !options.dryRun) {
      throw KnotsException.usage("--format is for --dry-run: add --dry-run, or leave --format out");
    }
    // whatever is wrong with the settings, the safety check still runs (with 112)
    settings = Settings.loadOrDefaults(context.paths().settingsFile(), context::warn);
    if (options.eventsFile != null && !options.dryRun) {
      // a path that cannot be written fails now, before the safety check's questions
      var path = context.console().workingDir().resolve(options.eventsFile);
      try {
        events = EventFile.open(path, context::warn);
      } catch (IOException e) {
        throw KnotsException.noInput(
            "cannot write the events file " + path + ": " + e.getMessage(), null);
      }
    }
    try {
      return session(
          SessionRoutine.choose(context, options, settings.defaultMinutes(), settings.leadIn()));
    } finally {
      if (events != null) {
        events.close();
      }
    }
  }

  /** Triage, then plan, then run, then record. */
  private Integer session(SessionRoutine chosen) throws InterruptedException {
    SessionSafety safety =
        new SessionSafety(
            context,
            settings,
            chosen.located(),
            options.answers,
            options.thorough,
            context.clock());
    if (chosen.combined() != null) {
      safety.stepAreas(chosen.combined().stepAreas());
    }
    boolean json = options.format == TextOrJson.json;
    if (options.dryRun) {
      safety.dryRun(json);
    }
    Optional<SessionPlan> plan = safety.beforeCountdown(SessionPlan.of(chosen.routine()));
    if (options.dryRun) {
      DryRunReport report = dryRunReport(chosen, safety.checked().orElseThrow(), settings.leadIn());
      context.console().out().print(json ? report.json() : report.text());
      context.console().out().flush();
      return plan.isEmpty() ? ExitCode.TRIAGE_ADVISED_CARE : ExitCode.OK;
    }
    if (plan.isEmpty()) {
      return ExitCode.TRIAGE_ADVISED_CARE;
    }
    if (plan.get().stepsToRun().isEmpty()) {
      context
          .console()
          .out()
          .println("Every step of this routine was left out today; nothing to run.");
      safety.afterCountdown(plan.get(), new SessionResult(0, 0, 0, 0, Ending.QUIT, null));
      return ExitCode.OK;
    }
    Optional<SessionResult> result =
        SessionCountdown.run(context, options, settings, events, chosen, plan.get());
    if (result.isEmpty()) {
      context.console().out().println("Session cancelled before the first step.");
      // cancelled before the first step: still an ending worth recording
      safety.afterCountdown(
          plan.get(),
          new SessionResult(0, 0, plan.get().stepsToRun().size(), 0, Ending.QUIT, null));
      return ExitCode.INTERRUPTED;
    }
    safety.afterCountdown(plan.get(), result.get());
    int signalled = EndSignals.exitCode();
    // ended by SIGTERM/SIGHUP: recorded as interrupted, exit 143/129 as the signal says
    return result.get().ending() == Ending.INTERRUPTED && signalled != 0
        ? signalled
        : exitCode(result.get().ending());
  }

  static int exitCode(Ending ending) {
    return switch (ending) {
      case COMPLETED -> ExitCode.OK;
      case STOPPED -> ExitCode.TRIAGE_ADVISED_CARE;
      default -> ExitCode.INTERRUPTED;
    };
  }

  private static DryRunReport dryRunReport(
      SessionRoutine chosen, SessionSafety.Checked checked, Duration leadIn) {
    return new DryRunReport(
        chosen.located(),
        checked.plan(),
        checked.outcome().level().name(),
        checked.allowed(),
        chosen.minutes(),
        chosen.shortBy(),
        leadIn);
  }
}
