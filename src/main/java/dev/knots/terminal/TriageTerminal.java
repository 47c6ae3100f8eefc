package dev.knots.terminal;

import dev.knots.triage.Prompter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.terminal.Terminal;

/** The system terminal opened for the quiz alone (a session passes its own terminal instead). */
public final class TriageTerminal implements AutoCloseable {
  private final Terminal terminal;
  private final QuizPrompter prompter;
  private boolean closed;

  public TriageTerminal(Terminal terminal, boolean color) {
    this.terminal = terminal;
    this.prompter = new QuizPrompter(terminal, color);
  }

  /** Opens the process's terminal. */
  public static TriageTerminal openSystem(boolean color) {
    try {
      return new TriageTerminal(Terminals.system(null), color);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  /** The terminal's width in columns, 0 when it cannot be told. */
  public int width() {
    try {
      return Math.max(0, terminal.getWidth());
    } catch (RuntimeException | java.io.IOError e) {
      return 0;
    }
  }

  public Prompter prompter() {
    return prompter;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      terminal.flush();
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
