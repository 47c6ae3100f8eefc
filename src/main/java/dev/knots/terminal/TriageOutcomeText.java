package dev.knots.terminal;

import dev.knots.triage.Level;
import dev.knots.triage.Reason;
import dev.knots.triage.TriageOutcome;
import org.jline.jansi.Ansi;

/**
 * The outcome screen as text: the level in words (and colour when on), what to do, how soon, why,
 * the emergency number for EMERGENCY, and the session's restrictions.
 */
public final class TriageOutcomeText {
  private static final int WIDTH = 76;

  private TriageOutcomeText() {}

  /** The outcome as lines ending in a newline; colour only when {@code color} is true. */
  public static String render(TriageOutcome outcome, boolean color) {
    StringBuilder out = new StringBuilder();
    String rule = (outcome.level() == Level.SELF_CARE ? "-" : "=").repeat(WIDTH);
    out.append(paint(rule, outcome.level(), color)).append('\n');
    out.append(paint("  " + outcome.title(), outcome.level(), color)).append('\n');
    out.append(paint(rule, outcome.level(), color)).append('\n');
    wrap("What to do: " + outcome.advice(), "", "", out);
    out.append("How soon:   ").append(outcome.howSoon()).append('\n');
    if (outcome.level() == Level.EMERGENCY) {
      out.append(
              paint(
                  "Emergency number: "
                      + outcome.emergencyNumber()
                      + "   (UK 999, EU 112, US and Canada 911)",
                  Level.EMERGENCY,
                  color))
          .append('\n');
    }
    if (!outcome.reasons().isEmpty()) {
      out.append("Why:\n");
      for (Reason reason : outcome.reasons()) {
        wrap("- " + reason.text() + " [" + reason.id() + "]", "  ", "    ", out);
      }
    }
    if (outcome.sessionAllowed() && !outcome.restrictions().isEmpty()) {
      out.append("For your session:\n");
      for (String note : outcome.restrictions().notes()) {
        wrap("- " + note, "  ", "    ", out);
      }
    }
    if (outcome.level() == Level.SOON && outcome.requiresAcknowledgement()) {
      wrap(
          "A session today needs your explicit OK first (knots session asks, or"
              + " --answer acknowledge=yes), and then runs gentle.",
          "",
          "",
          out);
    }
    if (!outcome.sessionAllowed() && outcome.level() == Level.SELF_CARE) {
      for (String note : outcome.restrictions().notes()) {
        wrap("- " + note, "  ", "    ", out);
      }
    }
    out.append(paint(bottomLine(outcome), outcome.level(), color)).append('\n');
    return out.toString();
  }

  /** The last, prominent line: what to do in a few words. */
  static String bottomLine(TriageOutcome outcome) {
    switch (outcome.level()) {
      case EMERGENCY:
        return ">>> CALL " + outcome.emergencyNumber() + " NOW. Do not massage. <<<";
      case URGENT:
        return ">>> Get medical help TODAY. No massage until you have been checked. <<<";
      case SOON:
        return ">>> Book a doctor or physiotherapist within the next few days. <<<";
      default:
        return outcome.sessionAllowed()
            ? "Self-care is fine today."
            : "No session today: " + outcome.restrictions().comeBack().orElse("");
    }
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

  private static void wrap(String text, String first, String rest, StringBuilder out) {
    for (String line : QuizText.wrap(text, WIDTH, first, rest)) {
      out.append(line).append('\n');
    }
  }
}
