package dev.knots.history;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The store, opening on a background thread (behind SQLite's start there) while the quiz screen
 * opens on the main one. Whoever starts it takes it with {@link #join()}, or runs what comes in
 * between through {@link #orClose}.
 */
public final class HistoryOpening {
  private final Future<SafeHistory> store;

  public HistoryOpening(Future<SafeHistory> store) {
    this.store = store;
  }

  /**
   * Starts opening the store on {@code background}. (A plain task: CompletableFuture's first use
   * starts the fork-join machinery, 2-4 ms of a session's start.)
   */
  public static HistoryOpening start(Executor background, Callable<SafeHistory> open) {
    FutureTask<SafeHistory> task = new FutureTask<>(open);
    background.execute(task);
    return new HistoryOpening(task);
  }

  /** Waits for the store; what failed on the background thread is thrown here. */
  public SafeHistory join() {
    try {
      return store.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the history was opening", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Runs a step that comes between starting the opening and taking the store. If the step fails,
   * waits for the store and closes it first: a store still opening when the command returns would
   * go on writing its file after the run ended (a test's folder was deleted under it).
   */
  public <T> T orClose(Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException | Error e) {
      try {
        join().close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }
}
