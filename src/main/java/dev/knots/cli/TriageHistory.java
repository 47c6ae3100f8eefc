package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.history.HistoryStore;
import dev.knots.history.LastAdvice;
import dev.knots.history.NativeLibrary;
import dev.knots.history.SafeHistory;
import dev.knots.triage.Answers;
import dev.knots.triage.Ids;
import dev.knots.triage.Level;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Carries facts between triage and history, which know nothing of each other. */
final class TriageHistory {
  private TriageHistory() {}

  /**
   * The store for a check or session that goes on whatever happens to it (one warning line).
   *
   * @param what "session" or "check", for the warning
   */
  static SafeHistory open(AppContext context, String what) {
    PrintWriter err = context.console().err();
    NativeLibrary.useCache(context.libraryCache());
    return HistoryStore.openOrWarn(
        context.paths().state(),
        warning -> {
          err.println("knots: " + warning.replace("this session", "this " + what));
          err.flush();
        });
  }

  /** The store, opening on the background thread. */
  static final class Opening {
    private final Future<SafeHistory> store;

    Opening(Future<SafeHistory> store) {
      this.store = store;
    }

    /** Waits for the store; what failed on the background thread is thrown here. */
    SafeHistory join() {
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
  }

  /**
   * Starts opening the store on the background thread, behind SQLite's start there. Whoever starts
   * it takes it with {@code join()}, or runs what comes in between through {@link #orClose}. (A
   * plain task: CompletableFuture's first use starts the fork-join machinery, 2-4 ms of a session's
   * start.)
   */
  static Opening opening(AppContext context, String what) {
    FutureTask<SafeHistory> task = new FutureTask<>(() -> open(context, what));
    context.background().execute(task);
    return new Opening(task);
  }

  /**
   * Runs a step that comes between starting the store's opening and taking it. If the step fails,
   * waits for the store and closes it first: a store still opening when the command returns would
   * go on writing its file after the run ended (a test's folder was deleted under it).
   */
  static <T> T orClose(Opening opening, Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException | Error e) {
      try {
        opening.join().close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The answers as the history keeps them: id to "yes", "no" or a number, in the order asked. */
  static Map<String, String> given(Answers answers) {
    Map<String, String> given = new LinkedHashMap<>();
    answers.yesNo().forEach((id, yes) -> given.put(id, yes ? "yes" : "no"));
    answers.numbers().forEach((id, n) -> given.put(id, Integer.toString(n)));
    return given;
  }

  /**
   * What triage needs to know from history about an area: whether it is not improving, and the last
   * advice (its level, its day in the local time zone, the flags it fired).
   */
  static TriageContext context(
      Optional<Area> area, boolean notImproving, Optional<LastAdvice> last, ZoneId zone) {
    return new TriageContext(
        area,
        notImproving,
        last.flatMap(TriageHistory::level),
        last.map(a -> LocalDate.ofInstant(a.at(), zone)),
        last.map(LastAdvice::firedIds).orElse(List.of()));
  }

  /**
   * The note for {@code --answer symptoms-still-there} when the quiz does not ask it (no earlier
   * EMERGENCY or URGENT advice that was not checked): it is ignored, not an error.
   */
  static void noteIgnoredFollowUp(AppContext app, TriageContext context, Answers preset) {
    if (preset.has(Ids.SYMPTOMS_STILL_THERE)
        && !TriageEngine.symptomsFollowUpPending(context, preset.with(Ids.CHECKED_SINCE, false))) {
      PrintWriter err = app.console().err();
      err.println(
          "knots: note: --answer "
              + Ids.SYMPTOMS_STILL_THERE
              + " is ignored: there is no earlier emergency or urgent advice to follow up.");
      err.flush();
    }
  }

  /** The level of earlier advice; an unknown one in an old record still counts as advice. */
  static Optional<Level> level(LastAdvice advice) {
    try {
      return Optional.of(Level.valueOf(advice.level()));
    } catch (IllegalArgumentException e) {
      return Optional.of(Level.SOON);
    }
  }
}
