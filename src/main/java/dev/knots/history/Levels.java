package dev.knots.history;

import java.util.Locale;

/** Reads the triage level names the session and triage commands record. */
public final class Levels {
  private Levels() {}

  /**
   * Whether a recorded level advised care (SOON, URGENT, EMERGENCY). Anything but SELF_CARE counts,
   * so an unknown or future level name errs on the side of asking again.
   */
  public static boolean advisesCare(String level) {
    return level != null && !level.strip().toUpperCase(Locale.ROOT).equals("SELF_CARE");
  }
}
