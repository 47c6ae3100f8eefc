package dev.knots.platform;

/**
 * A {@code java.util.logging} configuration that sets nothing up: what the libraries log (JLine,
 * SQLite) goes nowhere instead of to stderr in the JDK's two-line format, and the JDK's
 * logging.properties is not read. knots says what went wrong in its own words; {@code --verbose}
 * keeps the JDK's logging. Reading that file on SQLite's start cost a session's first question 7
 * ms, as the history it waits for opens behind it.
 */
public final class QuietLogging {
  /** The JDK's property: a class the log manager creates instead of reading its file. */
  public static final String CONFIG_CLASS = "java.util.logging.config.class";

  /** Created by the log manager in place of its configuration; configures nothing. */
  public QuietLogging() {
    // no handlers, no levels: records below the root's default level and all output are dropped
  }

  /**
   * Makes logging quiet for this run unless it asked for details or logging was configured some
   * other way. Takes effect only if nothing has logged yet.
   */
  public static void unless(boolean verbose) {
    if (!verbose
        && System.getProperty(CONFIG_CLASS) == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty(CONFIG_CLASS, QuietLogging.class.getName());
    }
  }
}
