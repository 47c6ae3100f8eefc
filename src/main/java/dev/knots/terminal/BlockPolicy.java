package dev.knots.terminal;

import java.util.Locale;
import java.util.function.Function;

/** Whether block characters can be drawn: they need a UTF-8 locale and a terminal not dumb. */
public final class BlockPolicy {
  private BlockPolicy() {}

  /**
   * Whether to draw blocks.
   *
   * @param env the environment variables
   * @param launcherLocale the launcher's {@code knots.locale}: "C" when the user's own locale is
   *     not UTF-8, null when not set
   */
  public static boolean useBlocks(Function<String, String> env, String launcherLocale) {
    // the launcher gave the JVM C.UTF-8 for file names; the user's own locale was C/POSIX
    if ("dumb".equals(env.apply("TERM")) || "C".equals(launcherLocale)) {
      return false;
    }
    String locale = env.apply("LC_ALL");
    if (locale == null) {
      locale = env.apply("LC_CTYPE");
    }
    if (locale == null) {
      locale = env.apply("LANG");
    }
    if (locale == null) {
      return false;
    }
    String l = locale.toLowerCase(Locale.ROOT);
    return l.contains("utf-8") || l.contains("utf8");
  }
}
