package dev.knots.terminal;

import dev.knots.session.SessionResult;

/** The one-line end-of-session summary: how it ended, steps done and skipped, time. */
public final class Summary {
  private Summary() {}

  public static String line(SessionResult r) {
    String how;
    switch (r.ending()) {
      case COMPLETED:
        how = "Session complete";
        break;
      case QUIT:
        how = "Session quit";
        break;
      case STOPPED:
        how = "Session stopped (" + r.stopReason().label() + ")";
        break;
      default:
        how = "Session interrupted";
        break;
    }
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
