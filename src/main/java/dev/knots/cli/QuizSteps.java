package dev.knots.cli;

import dev.knots.terminal.TriageTerminal;
import dev.knots.triage.LinePrompter;
import dev.knots.triage.MissingAnswerException;
import dev.knots.triage.Prompter;
import dev.knots.triage.QuizInterruptedException;
import dev.knots.triage.TriageException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Runs the steps of a quiz (the questions, the acknowledgement, the questions after a session) on
 * the terminal's screen when the run is interactive and on stdin's lines otherwise, and turns the
 * quiz's failures into exit codes. Shared by {@code triage} and {@code session}.
 */
final class QuizSteps implements AutoCloseable {
  private final AppContext context;
  private TriageTerminal opened;
  private LinePrompter lines;

  /** The screen's width in columns, so the outcome fits it; 0 until a screen was used. */
  private int columns;

  QuizSteps(AppContext context) {
    this.context = context;
  }

  /**
   * Opens the screen now, for the next step, when the run is interactive: the terminal then starts
   * while the caller waits for something else (the history store).
   */
  QuizSteps openScreen() {
    if (opened == null && context.console().interactive()) {
      opened = TriageTerminal.openSystem(context.color());
    }
    return this;
  }

  /** Runs one step: on the screen opened for it, on a new one, or on stdin's lines. */
  <T> T ask(Function<Prompter, T> step) {
    try {
      if (opened != null || context.console().interactive()) {
        TriageTerminal screen =
            opened != null ? opened : TriageTerminal.openSystem(context.color());
        opened = null;
        try (screen) {
          columns = screen.width();
          return step.apply(screen.prompter());
        }
      }
      if (lines == null) {
        // one reader for every step: a second one would lose what the first had buffered
        lines =
            new LinePrompter(
                new InputStreamReader(context.console().in(), StandardCharsets.UTF_8),
                context.console().err());
      }
      return step.apply(lines);
    } catch (MissingAnswerException e) {
      throw KnotsException.usage(e.getMessage());
    } catch (QuizInterruptedException e) {
      throw KnotsException.interrupted(e.getMessage());
    } catch (TriageException e) {
      throw KnotsException.usage(e.getMessage());
    }
  }

  int columns() {
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
