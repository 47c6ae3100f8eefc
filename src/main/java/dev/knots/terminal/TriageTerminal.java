package dev.knots.terminal;

import dev.knots.triage.Prompter;
import java.io.ByteArrayInputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

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
      return new TriageTerminal(SystemTerminal.open(null), color);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  /**
   * A screen over in-memory keys whose drawing goes nowhere (the class-data training run). A dumb
   * terminal, as any other over streams is fed through a pseudo-terminal that never ends.
   */
  public static TriageTerminal overKeys(String keys, boolean color) {
    try {
      return new TriageTerminal(
          new DumbTerminal(
              "training",
              "xterm-256color",
              new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
              OutputStream.nullOutputStream(),
              StandardCharsets.UTF_8),
          color);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terminal's width in columns, 0 when it cannot be told. */
  public int width() {
    try {
      return Math.max(0, terminal.getWidth());
    } catch (RuntimeException | IOError e) {
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
