package dev.knots.terminal;

import dev.knots.triage.LinePrompter;
import dev.knots.triage.Prompter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Runs the steps of a quiz (the questions, the acknowledgement, the questions after a session) on
 * the terminal's screen when the run is interactive and on stdin's lines otherwise. Shared by
 * {@code triage} and {@code session}; the quiz's failures (a missing answer, Ctrl-C) pass through.
 */
public final class QuizSteps implements AutoCloseable {
  private final boolean interactive;
  private final boolean color;
  private final InputStream in;
  private final PrintWriter err;
  private TriageTerminal opened;
  private LinePrompter lines;

  /** The screen's width in columns, so the outcome fits it; 0 until a screen was used. */
  private int columns;

  /**
   * @param interactive whether stdin and stdout are a terminal (the screen), else stdin's lines
   * @param err where the lines' prompts go
   */
  public QuizSteps(boolean interactive, boolean color, InputStream in, PrintWriter err) {
    this.interactive = interactive;
    this.color = color;
    this.in = in;
    this.err = err;
  }

  /**
   * Opens the screen now, for the next step, when the run is interactive: the terminal then starts
   * while the caller waits for something else (the history store).
   */
  public QuizSteps openScreen() {
    if (opened == null && interactive) {
      opened = TriageTerminal.openSystem(color);
    }
    return this;
  }

  /** Runs one step: on the screen opened for it, on a new one, or on stdin's lines. */
  public <T> T ask(Function<Prompter, T> step) {
    if (opened != null || interactive) {
      TriageTerminal screen = opened != null ? opened : TriageTerminal.openSystem(color);
      opened = null;
      try (screen) {
        columns = screen.width();
        return step.apply(screen.prompter());
      }
    }
    if (lines == null) {
      // one reader for every step: a second one would lose what the first had buffered
      lines = new LinePrompter(new InputStreamReader(in, StandardCharsets.UTF_8), err);
    }
    return step.apply(lines);
  }

  public int columns() {
    return columns;
  }

  /** Closes a screen opened for a step that did not come (a failure before it). */
  @Override
  public void close() {
    if (opened != null) {
      opened.close();
      opened = null;
    }
  }
}
