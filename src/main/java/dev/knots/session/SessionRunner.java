package dev.knots.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a plan as a countdown: waits for keys or the next tick, updates the view, ends with a
 * result.
 */
public final class SessionRunner {
  private final Ticker ticker;
  private final SessionView view;

  private String emergencyNumber = StopAdvice.DEFAULT_EMERGENCY_NUMBER;

  /** The number the stop advice names (the settings file may change it). */
  public SessionRunner emergencyNumber(String number) {
    this.emergencyNumber = java.util.Objects.requireNonNull(number);
    return this;
  }

  public SessionRunner(Ticker ticker, SessionView view) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.view = Objects.requireNonNull(view, "view");
  }

  /** Runs every step of the plan and returns how it went; the plan must have steps left to run. */
  public SessionResult run(SessionPlan plan) {
    Countdown countdown = new Countdown(Phases.expand(plan.stepsToRun()), ticker);
    boolean keysShown = false;
    show(countdown, countdown.start(), keysShown);
    try {
      while (!countdown.finished()) {
        Optional<Command> command = view.awaitCommand(countdown.nanosUntilNextTick());
        List<CountdownEvent> events = countdown.update();
        if (command.isPresent()) {
          switch (command.get()) {
            case PAUSE:
              events.addAll(countdown.togglePause());
              break;
            case NEXT:
              events.addAll(countdown.next());
              break;
            case BACK:
              events.addAll(countdown.back());
              break;
            case PLUS:
              events.addAll(countdown.plus());
              break;
            case MINUS:
              events.addAll(countdown.minus());
              break;
            case KEYS:
              keysShown = !keysShown;
              break;
            case REDRAW:
              break;
            case INTERRUPT:
              countdown.abort();
              return end(countdown, Ending.INTERRUPTED, null);
            case QUIT:
              Optional<Ending> quit = confirmQuit(countdown);
              if (quit.isPresent()) {
                return end(countdown, quit.get(), null);
              }
              break;
            case STOP:
              countdown.abort();
              StopReason reason = view.askWhatHappened().orElse(StopReason.OTHER);
              view.showAdvice(StopAdvice.forReason(reason, emergencyNumber));
              return end(countdown, Ending.STOPPED, reason);
          }
        }
        show(countdown, events, keysShown);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      countdown.abort();
      return end(countdown, Ending.INTERRUPTED, null);
    }
    return end(countdown, Ending.COMPLETED, null);
  }

  private Optional<Ending> confirmQuit(Countdown countdown) throws InterruptedException {
    boolean wasRunning = countdown.state() == Countdown.State.RUNNING;
    if (wasRunning) {
      countdown.togglePause();
    }
    QuitAnswer answer = view.confirmQuit();
    if (answer == QuitAnswer.YES) {
      countdown.abort();
      return Optional.of(Ending.QUIT);
    }
    if (answer == QuitAnswer.INTERRUPT) {
      countdown.abort();
      return Optional.of(Ending.INTERRUPTED);
    }
    if (wasRunning) {
      countdown.togglePause();
    }
    return Optional.empty();
  }

  private void show(Countdown countdown, List<CountdownEvent> events, boolean keysShown) {
    Snapshot snapshot = countdown.snapshot().withKeysShown(keysShown);
    for (CountdownEvent event : events) {
      view.event(event, snapshot);
    }
    view.render(snapshot);
  }

  private SessionResult end(Countdown countdown, Ending ending, StopReason reason) {
    long elapsed = countdown.elapsedNanos();
    SessionResult result =
        new SessionResult(
            countdown.stepsDone(),
            countdown.stepsSkipped(),
            countdown.stepCount(),
            (elapsed + Countdown.SECOND / 2) / Countdown.SECOND,
            ending,
            reason);
    view.showSummary(result);
    return result;
  }
}
