package dev.knots.history;

/** How a session ended, as recorded; {@link #ENDED_UNEXPECTEDLY} is set by the store itself. */
public enum Ending {
  COMPLETED,
  QUIT,
  STOPPED,
  INTERRUPTED,
  /** The process died (kill -9, power cut) before it could record the end. */
  ENDED_UNEXPECTEDLY
}
