package dev.knots.session;

import java.util.List;
import java.util.Optional;

/** The port the runner drives: a screen, a plain log, or a test double. */
public interface SessionView {
  /** Draws the countdown as it is now; called at least once a second while running. */
  void render(Snapshot snapshot);

  /** Marks an event: a bell, a spoken cue, a plain line. */
  void event(CountdownEvent event, Snapshot snapshot);

  /**
   * Waits at most this long for a command; empty when the time is up first. Views without keys just
   * wait.
   */
  Optional<Command> awaitCommand(long timeoutNanos) throws InterruptedException;

  /** Asks whether to quit (q); the countdown is paused meanwhile. */
  QuitAnswer confirmQuit() throws InterruptedException;

  /** After the stop key: asks what happened; empty if interrupted without an answer. */
  Optional<StopReason> askWhatHappened() throws InterruptedException;

  /** Shows advice that must be read (after the stop key). */
  void showAdvice(List<String> lines);

  /** The end: steps done and skipped, time. */
  void showSummary(SessionResult result);
}
