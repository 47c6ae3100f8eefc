package dev.knots.cli;

import dev.knots.platform.CheckedOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the outside world gives a run of knots: streams, environment, and whether stdin and stdout
 * are terminals. Tests build one in memory; {@link #system()} is the real process.
 */
public record Console(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    boolean stdinIsTerminal,
    boolean stdoutIsTerminal,
    Path workingDir) {

  public Console {
    Objects.requireNonNull(in);
    Objects.requireNonNull(out);
    Objects.requireNonNull(err);
    env = Map.copyOf(env);
    Objects.requireNonNull(workingDir);
  }

  /** The real process. The launcher tells which streams are terminals; java alone can't. */
  public static Console system() {
    return new Console(
        System.in,
        CheckedOutput.stdout(),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.getenv(),
        ttyFlag("knots.stdin.tty"),
        ttyFlag("knots.stdout.tty"),
        Path.of("").toAbsolutePath());
  }

  /**
   * Without the launcher (java -jar), {@code System.console()} answers for both streams; it is
   * asked only then, since it costs ~10 ms of start-up (java.io.Console, a Formatter and regexes).
   */
  private static boolean ttyFlag(String property) {
    String value = System.getProperty(property);
    return value == null ? System.console() != null : value.equals("1") || value.equals("true");
  }

  /** A variable's value, with empty counting as unset. */
  public String var(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  public boolean interactive() {
    return stdinIsTerminal && stdoutIsTerminal;
  }
}
