package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.history.HistoryOpening;
import dev.knots.history.HistoryStore;
import dev.knots.history.LastAdvice;
import dev.knots.history.NativeLibrary;
import dev.knots.history.SafeHistory;
import dev.knots.history.TriageRecord;
import dev.knots.terminal.QuizSteps;
import dev.knots.triage.Answers;
import dev.knots.triage.Ids;
import dev.knots.triage.Level;
import dev.knots.triage.QuizResult;
import dev.knots.triage.Reason;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageOutcome;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** The quiz's steps, on the screen when the run is interactive, else on stdin's lines. */
  static QuizSteps quizSteps(AppContext context) {
    Console console = context.console();
    return new QuizSteps(console.interactive(), context.color(), console.in(), console.err());
  }

  /** Starts opening the store on the background thread (see {@link HistoryOpening}). */
  static HistoryOpening opening(AppContext context, String what) {
    return HistoryOpening.start(context.background(), () -> open(context, what));
  }

  /** The check as history keeps it: the area (null for none), when, the outcome and answers. */
  static TriageRecord record(Area area, Instant at, QuizResult result) {
    TriageOutcome outcome = result.outcome();
    return new TriageRecord(
        area,
        at,
        outcome.level().name(),
        outcome.reasons().stream().map(Reason::id).toList(),
        given(result.answers()));
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
   * What history knows about the areas checked, as triage's context: over several areas, any area
   * not improving counts, and so does the most serious recent advice.
   */
  static TriageContext context(SafeHistory history, List<Area> areas, Instant now, ZoneId zone) {
    boolean notImproving = false;
    Optional<LastAdvice> recentAdvice = Optional.empty();
    for (Area each : areas) {
      notImproving |= history.notImproving(each, now);
      recentAdvice = mostSerious(recentAdvice, history.lastAdvice(each, now));
    }
    Optional<Area> area = areas.size() == 1 ? Optional.of(areas.get(0)) : Optional.empty();
    return context(area, notImproving, recentAdvice, zone);
  }

  /** The more serious of two pieces of earlier advice (the later one on a tie). */
  private static Optional<LastAdvice> mostSerious(
      Optional<LastAdvice> one, Optional<LastAdvice> other) {
    if (one.isEmpty() || other.isEmpty()) {
      return one.isPresent() ? one : other;
    }
    int byLevel = level(one.get()).orElseThrow().compareTo(level(other.get()).orElseThrow());
    if (byLevel != 0) {
      return byLevel > 0 ? one : other;
    }
    return one.get().at().isAfter(other.get().at()) ? one : other;
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
