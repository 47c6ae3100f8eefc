package dev.knots.cli;

import dev.knots.triage.QuizInterruptedException;
import dev.knots.triage.TriageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Maps every failure to one line for the user and the exit code of cli.md, in one place. */
final class Errors {
  private Errors() {}

  static int exitCodeOf(Throwable t) {
    return t instanceof KnotsException k ? k.exitCode() : ExitCode.INTERNAL;
  }

  /**
   * The quiz's expected failures as known ones: a missing or invalid answer is a usage error (exit
   * 2, never taken as "no"), leaving the quiz (Ctrl-C, q) is an interruption (130).
   */
  static Exception known(Exception ex) {
    if (ex instanceof QuizInterruptedException left) {
      return KnotsException.interrupted(left.getMessage());
    }
    return ex instanceof TriageException triage ? KnotsException.usage(triage.getMessage()) : ex;
  }

  /** Usage errors: what was wrong, and where help is. */
  static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      String message = ex.getMessage();
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
          && !unmatched.getSuggestions().isEmpty()) {
        message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
      }
      err.println(
          "knots: "
              + Echo.clean(message)
              + " - see '"
              + cmd.getCommandSpec().qualifiedName()
              + " --help'");
      err.flush();
      return ExitCode.USAGE;
    }
  }

  /** Known failures print their message; anything else is a bug: one line, details kept. */
  static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
    private final AppContext context;

    ExecutionHandler(AppContext context) {
      this.context = context;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = context.console().err();
      Exception ex = known(thrown);
      if (ex instanceof KnotsException known) {
        err.println("knots: " + Echo.clean(known.getMessage()));
        if (context.verbose() && known.getCause() != null) {
          known.getCause().printStackTrace(err);
        }
        err.flush();
        return known.exitCode();
      }
      String trace = stackTrace(ex);
      if (context.verbose()) {
        err.print(trace);
      }
      String where = saveDetails(trace);
      err.println(
          "knots: internal error: "
              + ex
              + (where == null ? "" : " (details in " + where + ")")
              + (context.verbose() ? "" : "; run with --verbose for more"));
      err.flush();
      return ExitCode.INTERNAL;
    }

    private String saveDetails(String trace) {
      try {
        Path dir = context.paths().state();
        if (!Files.isDirectory(dir)) {
          // private from the start, as the history store creates it
          Files.createDirectories(
              dir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path file = dir.resolve("last-error.txt");
        Files.deleteIfExists(file);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, trace, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        return file.toString();
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return null;
      }
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  static Set<Integer> codes() {
    return Set.of(
        ExitCode.OK,
        ExitCode.INTERNAL,
        ExitCode.USAGE,
        ExitCode.TRIAGE_ADVISED_CARE,
        ExitCode.INVALID_DATA,
        ExitCode.NO_INPUT,
        ExitCode.IO_ERROR,
        ExitCode.INTERRUPTED);
  }
}
