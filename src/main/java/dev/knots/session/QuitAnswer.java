package dev.knots.session;

/** The answer to "quit?". */
public enum QuitAnswer {
  YES,
  NO,
  /** Ctrl-C while asked: quit at once. */
  INTERRUPT
}
