package dev.knots.cli;

import dev.knots.history.HistoryStore;
import dev.knots.platform.CheckedOutput;
import dev.knots.platform.QuietLogging;
import dev.knots.terminal.ColorPolicy;
import dev.knots.terminal.SystemTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParseResult;

/** Builds the command line over a {@link Console} and runs it: the real entry point. */
public final class KnotsCli {
  static final Set<String> HISTORY_COMMANDS =
      Set.of("session", "triage", "history", "progress", "report");
  private static final Set<String> NO_RUN = Set.of("-h", "--help", "-V", "--version");

  private KnotsCli() {}

  /** Runs knots with these arguments and returns the exit code. */
  public static int run(String[] args, Console console) {
    return run(args, AppContext.of(console));
  }

  /** Runs knots in a prepared context (tests pass their own paths). */
  public static int run(String[] args, AppContext context) {
    try {
      if (TopUsage.asked(args)) {
        Optional<String> usage = TopUsage.rendered(context.color());
        if (usage.isPresent()) {
          context.console().out().print(usage.get());
          return ExitCode.OK;
        }
      }
      QuietLogging.unless(List.of(args).contains("--verbose"));
      // SQLite starts on the other core while picocli builds. Nothing before this point links a
      // lambda: the first one a run links sets up the JDK's lambda machinery (5-10 ms), which
      // then happens while SQLite already starts (a session's first question 9 ms sooner).
      if (runs(args, HISTORY_COMMANDS)) {
        context.background().execute(HistoryStore.preloader(context.libraryCache()));
      }
      SystemTerminal.keepNativeLibraryIn(context.libraryCache());
      CommandLine commandLine = configure(CommandTree.named(top(context), List.of(args)), context);
      return outputChecked(commandLine.execute(args), context);
    } finally {
      context.console().out().flush();
      context.console().err().flush();
      context.awaitBackground();
    }
  }

  /**
   * The exit code, or 74 with one line on stderr when stdout could not be written (a full disk,
   * /dev/full): output is never lost silently. A reader that went away (a broken pipe, as with
   * {@code | head}) is not an error: it asked for no more.
   */
  static int outputChecked(int code, AppContext context) {
    PrintWriter out = context.console().out();
    // ended by SIGHUP/SIGTERM: the terminal may be gone, and the code already says why
    if (code == 129 || code == 143 || !out.checkError()) {
      return code;
    }
    IOException failure = out instanceof CheckedOutput checked ? checked.failure() : null;
    String reason = failure == null ? null : failure.getMessage();
    if (reason != null && reason.toLowerCase(Locale.ROOT).contains("broken pipe")) {
      return code;
    }
    context.warn(
        "cannot write the output"
            + (reason == null ? "" : ": " + reason.toLowerCase(Locale.ROOT))
            + " - nothing or only part of it was written");
    return ExitCode.IO_ERROR;
  }

  /** Whether these arguments run one of these commands (not just its help or version). */
  static boolean runs(String[] args, Set<String> commands) {
    boolean named = false;
    for (String arg : args) {
      if (NO_RUN.contains(arg)) {
        return false;
      }
      named |= commands.contains(arg);
    }
    return named;
  }

  /** The whole command line, every command built (tests, completion). */
  static CommandLine build(AppContext context) {
    return configure(CommandTree.full(top(context)), context);
  }

  private static CommandLine top(AppContext context) {
    return KnotsCommand.commandLine(new CommandFactory(context));
  }

  // after the subcommands are added: picocli's setters apply to the subcommands present
  private static CommandLine configure(CommandLine commandLine, AppContext context) {
    Console console = context.console();
    ColorPolicy.Choice envChoice = ColorPolicy.Choice.AUTO;
    commandLine
        .setOut(console.out())
        .setErr(console.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setColorScheme(scheme(context, envChoice))
        .setParameterExceptionHandler(new Errors.ParameterHandler())
        .setExecutionExceptionHandler(new Errors.ExecutionHandler(context))
        .setExitCodeExceptionMapper(Errors::exitCodeOf)
        .setExecutionStrategy(
            parseResult -> {
              context.colorChoice(
                  find(parseResult, "--color", ColorPolicy.Choice.class, ColorPolicy.Choice.AUTO));
              context.verbose(find(parseResult, "--verbose", Boolean.class, Boolean.FALSE));
              commandLine.setColorScheme(scheme(context, context.colorChoice()));
              return new CommandLine.RunLast().execute(parseResult);
            });
    return commandLine;
  }

  private static Help.ColorScheme scheme(AppContext context, ColorPolicy.Choice choice) {
    context.colorChoice(choice);
    return Help.defaultColorScheme(context.color() ? Help.Ansi.ON : Help.Ansi.OFF);
  }

  /** The value of an inherited option, wherever on the command line it was given. */
  private static <T> T find(ParseResult result, String name, Class<T> type, T fallback) {
    T found = fallback;
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(name)) {
        found = type.cast(r.matchedOption(name).getValue());
      }
    }
    return found;
  }
}
