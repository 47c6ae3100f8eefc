package dev.knots.terminal;

import java.util.function.Function;

/** The colour decision of cli.md: flag first, then NO_COLOR, CLICOLOR_FORCE, CLICOLOR, TERM. */
public final class ColorPolicy {
  /** The {@code --color} choice. */
  public enum Choice {
    AUTO,
    ALWAYS,
    NEVER
  }

  private ColorPolicy() {}

  /** Whether output should be coloured, given the flag, the environment and a terminal check. */
  public static boolean useColor(Choice choice, Function<String, String> env, boolean isTerminal) {
    if (choice == Choice.ALWAYS) {
      return true;
    }
    if (choice == Choice.NEVER) {
      return false;
    }
    // no-color.org: set to a non-empty value; NO_COLOR= (empty) counts as unset
    String noColor = env.apply("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    String force = env.apply("CLICOLOR_FORCE");
    if (force != null && !force.isEmpty() && !force.equals("0")) {
      return true;
    }
    if ("0".equals(env.apply("CLICOLOR")) || "dumb".equals(env.apply("TERM"))) {
      return false;
    }
    return isTerminal;
  }
}
