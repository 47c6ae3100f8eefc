package dev.knots.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The safe generic advice after the stop key (reference section 2, C18), until triage gives its
 * own.
 */
public final class StopAdvice {
  public static final String DEFAULT_EMERGENCY_NUMBER = "112";

  private StopAdvice() {}

  /** Plain-words lines to show after the person said what happened. */
  public static List<String> forReason(StopReason reason) {
    return forReason(reason, DEFAULT_EMERGENCY_NUMBER);
  }

  /** As {@link #forReason(StopReason)}, naming this emergency number. */
  public static List<String> forReason(StopReason reason, String emergencyNumber) {
    List<String> lines = new ArrayList<>();
    lines.add("You did the right thing to stop. Do not carry on with this routine today.");
    if (reason == StopReason.DIZZINESS) {
      lines.add("Sit or lie down somewhere safe until the dizziness has passed.");
    } else {
      lines.add("Take the pressure off and rest the area.");
    }
    lines.add(
        "Mild discomfort while massaging is normal; sharp pain, numbness, tingling or dizziness is"
            + " not.");
    lines.add(
        "If it does not settle within a few hours, or it comes back, get it checked by a doctor or"
            + " physiotherapist before the next session.");
    lines.add(
        "If you feel very unwell, faint, or have chest pain, call the emergency number ("
            + emergencyNumber
            + "; 999 in the UK, 911 in the US).");
    return List.copyOf(lines);
  }
}
