package dev.knots.session;

import dev.knots.routine.Sides;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
  private Duration leadIn = Duration.ZERO;

  private SessionEvent.Sink sink;
  private long origin;

  /** Where session events go ({@code --events}); none by default. */
  public SessionRunner events(SessionEvent.Sink sink) {
    this.sink = sink;
    return this;
  }

  /**
   * The time to get into position before each step and side (steps may say their own); none by
   * default.
   */
  public SessionRunner leadIn(Duration leadIn) {
    this.leadIn = Objects.requireNonNull(leadIn);
    return this;
  }

  /** The number the stop advice names (the settings file may change it). */
  public SessionRunner emergencyNumber(String number) {
    this.emergencyNumber = Objects.requireNonNull(number);
    return this;
  }

  public SessionRunner(Ticker ticker, SessionView view) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.view = Objects.requireNonNull(view, "view");
  }

  /** Runs every step of the plan and returns how it went; the plan must have steps left to run. */
  public SessionResult run(SessionPlan plan) {
    Countdown countdown = new Countdown(Phases.expand(plan.stepsToRun(), leadIn), ticker);
    boolean keysShown = false;
    origin = ticker.nanoTime();
    List<CountdownEvent> first = countdown.start();
    emit("session-start", countdown, "");
    show(countdown, first, keysShown);
    try {
      while (!countdown.finished()) {
        Optional<Command> command = view.awaitCommand(countdown.nanosUntilNextTick());
        List<CountdownEvent> events = countdown.update();
        Countdown.State before = countdown.state();
        if (command.isPresent()) {
          switch (command.get()) {
            case PAUSE -> events.addAll(countdown.space());
            case HOLD -> events.addAll(countdown.hold());
            case NEXT -> {
              emit("skip", countdown, "");
              events.addAll(countdown.next());
            }
            case BACK -> {
              emit("back", countdown, "");
              events.addAll(countdown.back());
            }
            case PLUS -> {
              events.addAll(countdown.plus());
              emit("adjust", countdown, "");
            }
            case MINUS -> {
              events.addAll(countdown.minus());
              emit("adjust", countdown, "");
            }
            case KEYS -> keysShown = !keysShown;
            case REDRAW -> {}
            case INTERRUPT -> {
              countdown.abort();
              return end(countdown, Ending.INTERRUPTED, null);
            }
            case QUIT -> {
              Optional<Ending> quit = confirmQuit(countdown);
              if (quit.isPresent()) {
                return end(countdown, quit.get(), null);
              }
            }
            case STOP -> {
              emit("stop", countdown, "");
              countdown.abort();
              StopReason reason = view.askWhatHappened().orElse(StopReason.OTHER);
              view.showAdvice(StopAdvice.forReason(reason, emergencyNumber));
              return end(countdown, Ending.STOPPED, reason);
            }
          }
        }
        if (before != countdown.state() && countdown.state() == Countdown.State.PAUSED) {
          emit("pause", countdown, "");
        } else if (before == Countdown.State.PAUSED
            && countdown.state() == Countdown.State.RUNNING) {
          emit("resume", countdown, "");
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

  private void emit(String type, Countdown countdown, String detail) {
    if (sink != null) {
      sink.accept(SessionEvent.of(type, ticker.nanoTime() - origin, countdown.snapshot(), detail));
    }
  }

  private void show(Countdown countdown, List<CountdownEvent> events, boolean keysShown) {
    Snapshot snapshot = countdown.snapshot().withKeysShown(keysShown);
    for (CountdownEvent event : events) {
      if (sink != null && event.type() == CountdownEvent.Type.PHASE_STARTED) {
        Phase phase = event.phase();
        boolean rightAfterLeft = phase.side() == Sides.RIGHT && phase.step().sides() == Sides.BOTH;
        if (rightAfterLeft && (!phase.isWork() || !event.ledIn())) {
          emit("side-switch", countdown, "");
        }
        emit(phase.isWork() ? "step-start" : "lead-in", countdown, "");
      }
      view.event(event, snapshot);
    }
    view.render(snapshot);
  }

  private SessionResult end(Countdown countdown, Ending ending, StopReason reason) {
    emit("end", countdown, ending.name().toLowerCase(Locale.ROOT));
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
