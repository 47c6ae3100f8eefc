package dev.knots.terminal;

import dev.knots.triage.Level;
import dev.knots.triage.MissingAnswerException;
import dev.knots.triage.PainAnchor;
import dev.knots.triage.Prompter;
import dev.knots.triage.Question;
import dev.knots.triage.QuizInterruptedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jline.jansi.Ansi;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The quiz screens on a JLine terminal: lists and items answered with one key (y or n), the 0-10
 * scale typed with its anchors shown. Raw mode only while reading a key.
 */
public final class QuizPrompter implements Prompter {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;
  private static final int BACKSPACE = 127;

  private final Terminal terminal;
  private final boolean color;
  private final PrintWriter out;

  public QuizPrompter(Terminal terminal, boolean color) {
    this.terminal = Objects.requireNonNull(terminal);
    this.color = color;
    this.out = terminal.writer();
  }

  @Override
  public boolean askYesNo(Question question) {
    out.println();
    header(question);
    question.lines().forEach(line -> print(line, "", "", true));
    for (String item : question.items()) {
      print(item, "  - ", "    ", false);
    }
    out.print(
        question.kind() == Question.Kind.GROUP
            ? "  y = yes, one or more   n = none  "
            : "  y = yes   n = no  ");
    out.flush();
    while (true) {
      int key = readKey(question);
      if (key == 'y' || key == 'Y') {
        out.println("yes");
        out.flush();
        return true;
      }
      if (key == 'n' || key == 'N') {
        out.println("no");
        out.flush();
        return false;
      }
      // any other key: keep waiting; never guess an answer
    }
  }

  @Override
  public int askScale(Question question) {
    out.println();
    question.lines().forEach(line -> print(line, "", "", true));
    for (PainAnchor anchor : question.anchors()) {
      // the anchor's words wrap under themselves, not back to the left edge
      String head = String.format("  %2d-%-2d %-9s ", anchor.from(), anchor.to(), anchor.label());
      print(anchor.text(), head, " ".repeat(head.length()), false);
    }
    out.print("  Type 0-10, then Enter: ");
    out.flush();
    StringBuilder typed = new StringBuilder();
    while (true) {
      int key = readKey(question);
      if ((key == '\r' || key == '\n') && valid(typed)) {
        out.println();
        out.flush();
        return Integer.parseInt(typed.toString());
      }
      if ((key == BACKSPACE || key == '\b') && typed.length() > 0) {
        typed.setLength(typed.length() - 1);
        out.print("\b \b");
      } else if (key >= '0' && key <= '9' && typed.length() < 2) {
        typed.append((char) key);
        out.print((char) key);
      }
      out.flush();
    }
  }

  @Override
  public void tell(String title, List<String> lines) {
    out.println();
    out.println(bold(title));
    lines.forEach(line -> print(line, "  ", "  ", false));
    out.flush();
  }

  /** One wrapped paragraph; the width is read each time, as the window may have been resized. */
  private void print(String text, String first, String rest, boolean strong) {
    int width = terminal.getWidth() > 20 ? terminal.getWidth() - 1 : 79;
    for (String line : QuizText.wrap(text, width, first, rest)) {
      out.println(strong ? bold(line) : line);
    }
  }

  private static boolean valid(StringBuilder typed) {
    return typed.length() > 0 && Integer.parseInt(typed.toString()) <= 10;
  }

  private void header(Question question) {
    if (question.kind() != Question.Kind.GROUP) {
      return;
    }
    String name =
        question.level().map(QuizPrompter::groupName).orElse("Things that change the session");
    out.println(bold(name));
  }

  private static String groupName(Level level) {
    return switch (level) {
      case EMERGENCY -> "Emergency warning signs";
      case URGENT -> "Signs that need a doctor today";
      case SOON -> "Signs that need a check within days";
      default -> "Questions";
    };
  }

  private String bold(String text) {
    return color ? Ansi.ansi().bold().a(text).reset().toString() : text;
  }

  /** One key in raw mode, restoring the terminal's mode whatever happens. */
  private int readKey(Question question) {
    Attributes saved = terminal.enterRawMode();
    try {
      // Ctrl-C arrives as a key, so the quiz ends cleanly (exit 130) with the terminal restored
      Attributes raw = terminal.getAttributes();
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      NonBlockingReader reader = terminal.reader();
      int key = reader.read();
      if (key == CTRL_C || key == 'q' || key == 'Q') {
        out.println();
        out.flush();
        throw new QuizInterruptedException();
      }
      if (key < 0 || key == CTRL_D) {
        out.println();
        out.flush();
        throw new MissingAnswerException(question);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      terminal.setAttributes(saved);
    }
  }
}
