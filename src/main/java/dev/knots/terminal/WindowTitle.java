package dev.knots.terminal;

import dev.knots.routine.Sides;
import dev.knots.session.Countdown;
import dev.knots.session.PhaseKind;
import dev.knots.session.Snapshot;

/**
 * The window title while a session runs ("knots 0:42 calves L"), and the xterm title stack that
 * gives the person's own title back afterwards: CSI 22;2 t saves it, CSI 23;2 t restores it.
 */
final class WindowTitle {
  static final String SAVE = "\u001b[22;2t";
  static final String RESTORE = "\u001b[23;2t";

  private WindowTitle() {}

  /** The title for this moment: time left, what is on (the area), the side. */
  static String text(Snapshot s, String label) {
    String state =
        s.state() == Countdown.State.PAUSED
            ? "paused "
            : s.phase().kind() == PhaseKind.LEAD_IN ? "ready " : "";
    Sides side = s.phase().side();
    String sideLetter = side == Sides.LEFT ? " L" : side == Sides.RIGHT ? " R" : "";
    return "knots " + state + Text.clock(s.leftSeconds()) + " " + label + sideLetter;
  }

  /** The sequence that sets the window title (OSC 2, ended by ST rather than a bell). */
  static String set(String title) {
    StringBuilder safe = new StringBuilder(title.length());
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      // a control character would end the sequence early or be taken as another
      safe.append(c < 0x20 || c == 0x7F ? ' ' : c);
    }
    return "\u001b]2;" + safe + "\u001b\\";
  }
}
