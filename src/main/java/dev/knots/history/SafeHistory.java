package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The history for a session that runs whatever happens to the store: every call catches a {@link
 * HistoryException}, reports the first one as "this session will not be recorded: ..." and turns
 * the rest into no-ops. A session is never stopped because its record could not be written.
 */
public final class SafeHistory implements Recorder, AutoCloseable {
  private final HistoryStore store;
  private final Consumer<String> warn;
  private boolean failed;

  SafeHistory(HistoryStore store, Consumer<String> warn) {
    this.store = Objects.requireNonNull(store);
    this.warn = Objects.requireNonNull(warn);
  }

  /** Whether records are still being written. */
  public boolean recording() {
    return !failed;
  }

  void check() {
    run(store::check);
  }

  @Override
  public long sessionStarted(SessionStart start) {
    if (failed) {
      return -1;
    }
    try {
      return store.sessionStarted(start);
    } catch (HistoryException e) {
      fail(e);
      return -1;
    }
  }

  @Override
  public void sessionEnded(long id, SessionEnd end) {
    if (id >= 0) {
      run(() -> store.sessionEnded(id, end));
    }
  }

  @Override
  public void triageRecorded(TriageRecord triage) {
    run(() -> store.triageRecorded(triage));
  }

  /** The history fact, or false when the history cannot be read (the question is still asked). */
  public boolean notImproving(Area area, Instant now) {
    return notImproving(area, now, null);
  }

  /** As {@link HistoryStore#notImproving(Area, Instant, Integer)}; false when unreadable. */
  public boolean notImproving(Area area, Instant now, Integer painNow) {
    if (failed) {
      return false;
    }
    try {
      return store.notImproving(area, now, painNow);
    } catch (HistoryException e) {
      fail(e);
      return false;
    }
  }

  /** The last advice, or empty when the history cannot be read. */
  public Optional<LastAdvice> lastAdvice(Area area, Instant now) {
    if (failed) {
      return Optional.empty();
    }
    try {
      return store.lastAdvice(area, now);
    } catch (HistoryException e) {
      fail(e);
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    store.close();
  }

  private void run(Runnable call) {
    if (failed) {
      return;
    }
    try {
      call.run();
    } catch (HistoryException e) {
      fail(e);
    }
  }

  private void fail(HistoryException e) {
    failed = true;
    store.close();
    warn.accept("this session will not be recorded: " + e.getMessage());
  }
}
