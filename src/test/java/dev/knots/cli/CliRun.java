package dev.knots.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole CLI in-process with its own streams: build one, set what differs, then {@link
 * #run(String...)}.
 */
public final class CliRun {
  private final Map<String, String> env = new HashMap<>();
  private final Path home;
  private InputStream in = InputStream.nullInputStream();
  private boolean stdinTerminal;
  private boolean stdoutTerminal;
  private Clock clock;

  public CliRun(Path home) {
    this.home = home;
    env.put("KNOTS_HOME", home.toString());
  }

  public CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRun stdin(String text) {
    in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The time and zone the commands read (else the system's). */
  public CliRun clock(Clock value) {
    clock = value;
    return this;
  }

  public CliRun terminal(boolean stdin, boolean stdout) {
    stdinTerminal = stdin;
    stdoutTerminal = stdout;
    return this;
  }

  public Path home() {
    return home;
  }

  /** A context over a console that reads nothing and prints nowhere, with KNOTS_HOME at home. */
  public static AppContext silentContext(Path home) {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    return AppContext.of(
        new Console(
            InputStream.nullInputStream(),
            sink,
            sink,
            Map.of("KNOTS_HOME", home.toString()),
            false,
            false,
            home));
  }

  /** Runs knots with these arguments. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            in,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env,
            stdinTerminal,
            stdoutTerminal,
            home);
    AppContext context = AppContext.of(console);
    if (clock != null) {
      context.clock(clock);
    }
    int code = KnotsCli.run(args, context);
    return new Result(code, out.toString(), err.toString());
  }

  /** What a run printed and how it ended. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
