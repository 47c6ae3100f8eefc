package dev.knots.terminal;

import dev.knots.triage.Level;
import dev.knots.triage.Reason;
import dev.knots.triage.TriageOutcome;
import java.util.List;
import org.jline.jansi.Ansi;

/**
 * The outcome screen as text: the level in words (and colour when on), what to do, how soon, why,
 * the emergency number for EMERGENCY, and the session's restrictions.
 */
public final class TriageOutcomeText {
  private static final int WIDTH = 76;
  private static final int NARROWEST = 20;

  private TriageOutcomeText() {}

  /** The outcome as lines ending in a newline; colour only when {@code color} is true. */
  public static String render(TriageOutcome outcome, boolean color) {
    return render(outcome, color, 0);
  }

  /**
   * As {@link #render(TriageOutcome, boolean)}, narrower when the terminal is: {@code columns} is
   * its width (0 when unknown, for 76 columns), so no word or rule is broken at its edge.
   */
  public static String render(TriageOutcome outcome, boolean color, int columns) {
    return render(outcome, color, columns, outcome.restrictions().notes());
  }

  /**
   * As {@link #render(TriageOutcome, boolean, int)}, with the session's restrictions as {@code
   * sessionNotes} (a session writes them from its plan, so they say what it will really do).
   */
  public static String render(
      TriageOutcome outcome, boolean color, int columns, List<String> sessionNotes) {
    int width = columns > NARROWEST ? Math.min(WIDTH, columns - 1) : WIDTH;
    StringBuilder out = new StringBuilder();
    String rule = (outcome.level() == Level.SELF_CARE ? "-" : "=").repeat(width);
    out.append(paint(rule, outcome.level(), color)).append('\n');
    painted("  " + outcome.title(), "  ", width, outcome.level(), color, out);
    out.append(paint(rule, outcome.level(), color)).append('\n');
    wrap("What to do: " + outcome.advice(), "", "", width, out);
    out.append("How soon:   ").append(outcome.howSoon()).append('\n');
    if (outcome.level() == Level.EMERGENCY) {
      painted(
          "Emergency number: "
              + outcome.emergencyNumber()
              + "   (UK 999, EU 112, US and Canada 911)",
          "",
          width,
          Level.EMERGENCY,
          color,
          out);
    }
    if (!outcome.reasons().isEmpty()) {
      out.append("Why:\n");
      for (Reason reason : outcome.reasons()) {
        wrap("- " + reason.text() + " [" + reason.id() + "]", "  ", "    ", width, out);
      }
    }
    if (outcome.sessionAllowed() && !sessionNotes.isEmpty()) {
      out.append("For your session:\n");
      for (String note : sessionNotes) {
        wrap("- " + note, "  ", "    ", width, out);
      }
    }
    if (outcome.level() == Level.SOON && outcome.requiresAcknowledgement()) {
      wrap(
          "A session today needs your explicit OK first (knots session asks, or"
              + " --answer acknowledge=yes), and then runs gentle.",
          "",
          "",
          width,
          out);
    }
    if (!outcome.sessionAllowed() && outcome.level() == Level.SELF_CARE) {
      for (String note : outcome.restrictions().notes()) {
        wrap("- " + note, "  ", "    ", width, out);
      }
    }
    painted(bottomLine(outcome), "", width, outcome.level(), color, out);
    return out.toString();
  }

  /** The last, prominent line: what to do in a few words. */
  static String bottomLine(TriageOutcome outcome) {
    return switch (outcome.level()) {
      case EMERGENCY -> ">>> CALL " + outcome.emergencyNumber() + " NOW. Do not massage. <<<";
      case URGENT -> ">>> Get medical help TODAY. No massage until you have been checked. <<<";
      case SOON -> ">>> Book a doctor or physiotherapist within the next few days. <<<";
      default ->
          outcome.sessionAllowed()
              ? "Self-care is fine today."
              : "No session today: " + outcome.restrictions().comeBack().orElse("");
    };
  }

  private static String paint(String text, Level level, boolean color) {
    if (!color) {
      return text;
    }
    Ansi ansi = Ansi.ansi();
    switch (level) {
      case EMERGENCY -> ansi.bold().fgBrightRed();
      case URGENT -> ansi.bold().fgRed();
      case SOON -> ansi.bold().fgYellow();
      default -> ansi.fgGreen();
    }
    return ansi.a(text).reset().toString();
  }

  /** Wrapped, each line painted on its own so a colour never runs past a line's end. */
  private static void painted(
      String text, String rest, int width, Level level, boolean color, StringBuilder out) {
    for (String line : QuizText.wrap(text, width, "", rest)) {
      out.append(paint(line, level, color)).append('\n');
    }
  }

  private static void wrap(String text, String first, String rest, int width, StringBuilder out) {
    for (String line : QuizText.wrap(text, width, first, rest)) {
      out.append(line).append('\n');
    }
  }
}
