package dev.knots;

import dev.knots.cli.Console;
import dev.knots.cli.KnotsCli;
import java.nio.file.InvalidPathException;

/** Starts knots with the real process streams and environment, then exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      System.exit(KnotsCli.run(args, Console.system()));
    } catch (InvalidPathException e) {
      // java -jar under the C/POSIX locale (the launcher gives the JVM UTF-8): one line, no trace
      System.err.println(
          "knots: the path "
              + e.getInput()
              + " cannot be used under this locale - run knots with a UTF-8 locale"
              + " (e.g. LC_ALL=C.UTF-8)");
      System.exit(1);
    }
  }
}
