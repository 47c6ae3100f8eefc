package dev.knots.session;

/** How a session ended. */
public enum Ending {
  /** Every step ran out or was skipped to the end. */
  COMPLETED,
  /** The person pressed q and confirmed. */
  QUIT,
  /** The person pressed the stop key: something felt wrong. */
  STOPPED,
  /** Ctrl-C. */
  INTERRUPTED
}
