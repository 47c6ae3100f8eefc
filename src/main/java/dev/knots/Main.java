package dev.knots;

import dev.knots.cli.Console;
import dev.knots.cli.KnotsCli;

/** Starts knots with the real process streams and environment, then exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(KnotsCli.run(args, Console.system()));
  }
}
