package dev.knots.terminal;

import dev.knots.session.SessionResult;

/** The one-line end-of-session summary: how it ended, steps done and skipped, time. */
public final class Summary {
  private Summary() {}

  public static String line(SessionResult r) {
    String how =
        switch (r.ending()) {
          case COMPLETED -> "Session complete";
          case QUIT -> "Session quit";
          case STOPPED -> "Session stopped (" + r.stopReason().label() + ")";
          default -> "Session interrupted";
        };
    return how
        + ": "
        + r.stepsDone()
        + " of "
        + r.stepsTotal()
        + (r.stepsTotal() == 1 ? " step" : " steps")
        + " done, "
        + r.stepsSkipped()
        + " skipped, "
        + Text.clock(r.elapsedSeconds())
        + " in all.";
  }
}
