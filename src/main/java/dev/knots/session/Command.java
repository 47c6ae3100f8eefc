package dev.knots.session;

/** What the person asked for with a key (or the terminal with a signal), as cli.md names it. */
public enum Command {
  PAUSE,
  NEXT,
  BACK,
  PLUS,
  MINUS,
  /** s or !: something feels wrong. */
  STOP,
  /** q: quit, after a confirmation. */
  QUIT,
  /** Ctrl-C: quit at once. */
  INTERRUPT,
  /** ?: show or hide the keys. */
  KEYS,
  /** The program came back from the background (Ctrl-Z, fg): pause, lead in again on resume. */
  HOLD,
  /** The window changed or the program came back from the background: draw everything again. */
  REDRAW
}
