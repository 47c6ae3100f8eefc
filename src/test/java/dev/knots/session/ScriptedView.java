package dev.knots.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A view that presses scripted keys at set times on a fake clock and records what it was shown. */
final class ScriptedView implements SessionView {
  private record Press(long atNanos, Command command) {}

  private final FakeTicker ticker;
  private final long origin;
  private final Deque<Press> presses = new ArrayDeque<>();
  private final Deque<QuitAnswer> quitAnswers = new ArrayDeque<>();
  private Optional<StopReason> stopAnswer = Optional.empty();
  final List<Snapshot> renders = new ArrayList<>();
  final List<CountdownEvent> events = new ArrayList<>();
  final List<String> advice = new ArrayList<>();
  SessionResult summary;
  int waits;

  ScriptedView(FakeTicker ticker) {
    this.ticker = ticker;
    this.origin = ticker.nanoTime();
  }

  ScriptedView press(double atSeconds, Command command) {
    presses.add(new Press(origin + (long) (atSeconds * Countdown.SECOND), command));
    return this;
  }

  ScriptedView answerQuit(QuitAnswer answer) {
    quitAnswers.add(answer);
    return this;
  }

  ScriptedView answerStop(StopReason reason) {
    stopAnswer = Optional.ofNullable(reason);
    return this;
  }

  @Override
  public void render(Snapshot snapshot) {
    renders.add(snapshot);
  }

  @Override
  public void event(CountdownEvent event, Snapshot snapshot) {
    events.add(event);
  }

  @Override
  public Optional<Command> awaitCommand(long timeoutNanos) {
    waits++;
    if (waits > 1_000_000) {
      throw new AssertionError("the runner does not end");
    }
    Press next = presses.peek();
    long now = ticker.nanoTime();
    if (next != null && next.atNanos() <= now + timeoutNanos) {
      presses.poll();
      ticker.advanceNanos(Math.max(0, next.atNanos() - now));
      return Optional.of(next.command());
    }
    ticker.advanceNanos(timeoutNanos);
    return Optional.empty();
  }

  @Override
  public QuitAnswer confirmQuit() {
    return quitAnswers.isEmpty() ? QuitAnswer.NO : quitAnswers.poll();
  }

  @Override
  public Optional<StopReason> askWhatHappened() {
    return stopAnswer;
  }

  @Override
  public void showAdvice(List<String> lines) {
    advice.addAll(lines);
  }

  @Override
  public void showSummary(SessionResult result) {
    summary = result;
  }
}
