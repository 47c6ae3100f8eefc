package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.config.Settings;
import dev.knots.history.Ending;
import dev.knots.history.HistoryOpening;
import dev.knots.history.SafeHistory;
import dev.knots.history.SessionEnd;
import dev.knots.history.SessionStart;
import dev.knots.routine.LocatedRoutine;
import dev.knots.session.AreaResults;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.StepPlan;
import dev.knots.session.StepPlanner;
import dev.knots.terminal.QuizSteps;
import dev.knots.terminal.TriageOutcomeText;
import dev.knots.triage.AfterSession;
import dev.knots.triage.AnswerParser;
import dev.knots.triage.Answers;
import dev.knots.triage.Catalogue;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.QuizResult;
import dev.knots.triage.Reason;
import dev.knots.triage.StopReason;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageException;
import dev.knots.triage.TriageOutcome;
import dev.knots.triage.TriageQuiz;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The safety around {@code knots session}: the triage quiz before the countdown (with the facts
 * history knows), the questions after it, and the record of both.
 */
final class SessionSafety {
  /**
   * The safety check's outcome and the plan it made (for --dry-run).
   *
   * @param allowed whether the session may start (SOON: acknowledged)
   */
  record Checked(TriageOutcome outcome, StepPlan plan, boolean allowed) {}

  private final AppContext context;
  private final Settings settings;
  private final LocatedRoutine located;
  private final List<String> answerOptions;
  private final boolean thorough;
  private final Clock clock;
  private final QuizSteps steps;
  private SafeHistory history;
  private TriageQuiz quiz;
  private Answers preset;
  private long sessionId = -1;

  /** --dry-run: the check as usual, then nothing recorded; {@code json}: the outcome to stderr. */
  private boolean dryRun;

  private boolean json;
  private Checked checked;

  /** A session over several areas: the area of each step; null for one area. */
  private List<Area> stepAreas;

  /** The history rows of this session: one per area, the first one's id first. */
  private final List<Long> sessionIds = new ArrayList<>();

  private List<Area> areas = List.of();

  SessionSafety(
      AppContext context,
      Settings settings,
      LocatedRoutine located,
      List<String> answerOptions,
      boolean thorough,
      Clock clock) {
    this.context = context;
    this.settings = settings;
    this.located = located;
    this.answerOptions = List.copyOf(answerOptions);
    this.thorough = thorough;
    this.clock = clock;
    this.steps = TriageHistory.quizSteps(context);
  }

  /** A dry run: the check as usual, nothing written to history; JSON leaves stdout to the plan. */
  SessionSafety dryRun(boolean jsonOutput) {
    this.dryRun = true;
    this.json = jsonOutput;
    return this;
  }

  /** A session over several areas: the area each step of the combined routine works on. */
  SessionSafety stepAreas(List<Area> perStep) {
    this.stepAreas = List.copyOf(perStep);
    return this;
  }

  /** What the check decided and planned; empty before it ran. */
  Optional<Checked> checked() {
    return Optional.ofNullable(checked);
  }

  /**
   * The safety check: returns the plan to run (steps kept, adapted or left out), or empty when the
   * session must not start (exit 3).
   */
  Optional<SessionPlan> beforeCountdown(SessionPlan plan) {
    Area area = plan.routine().area();
    areas = stepAreas == null ? List.of(area) : stepAreas.stream().distinct().toList();
    Catalogue catalogue = CatalogueLoader.bundled();
    quiz = new TriageQuiz(new TriageEngine(catalogue, settings.emergencyNumber()));
    try {
      preset =
          new AnswerParser(catalogue)
              .parse(answerOptions, areas.size() == 1 ? Optional.of(area) : Optional.empty());
    } catch (TriageException e) {
      throw KnotsException.usage(e.getMessage());
    }
    // the store opens on the background thread (after SQLite's start, which takes longer than the
    // checks above) while the quiz screen opens here
    HistoryOpening opening = TriageHistory.opening(context, "session");
    opening.orClose(steps::openScreen);
    TriageContext triageContext;
    try {
      history = opening.join();
      // Safety first: what history knows shapes the quiz, so it is read before the first question.
      triageContext =
          TriageHistory.context(history, areas, clock.instant(), clock.getZone()).withAreas(areas);
    } catch (RuntimeException e) {
      steps.close();
      throw e;
    }
    TriageHistory.noteIgnoredFollowUp(context, triageContext, preset);
    QuizResult result = steps.ask(prompter -> quiz.run(triageContext, preset, prompter, thorough));
    TriageOutcome outcome = result.outcome();
    StepPlan stepPlan =
        stepAreas == null
            ? StepPlanner.plan(plan.routine(), PlanRules.of(outcome, catalogue))
            : StepPlanner.plan(plan.routine(), stepAreas, PlanRules.of(outcome, catalogue));
    PrintWriter out = json ? context.console().err() : context.console().out();
    if (context.console().interactive()) {
      out.println(); // set the outcome apart from the last question on screen
    }
    out.print(
        TriageOutcomeText.render(
            outcome,
            context.color(),
            steps.columns(),
            PlanRules.sessionNotes(outcome, catalogue, stepPlan)));
    out.flush();
    boolean allowed = steps.ask(prompter -> quiz.acknowledge(outcome, preset, prompter));
    if (dryRun) {
      // a dry run shows what would happen: it reads history, and writes nothing
      history.close();
      checked = new Checked(outcome, stepPlan, allowed);
      return allowed ? Optional.of(stepPlan.toSessionPlan()) : Optional.empty();
    }
    if (!allowed) {
      // one record per area: the next session for any of them follows this advice up
      for (Area each : areas) {
        history.triageRecorded(TriageHistory.record(each, clock.instant(), result));
      }
      if (outcome.sessionAllowed()) {
        out.println("No session today. Please book the check described above.");
        out.flush();
      }
      return Optional.empty();
    }
    SessionPlan safe = stepPlan.toSessionPlan();
    SessionStart start =
        new SessionStart(
            area,
            located.name(),
            located.location(),
            clock.instant(),
            outcome.level().name(),
            ids(outcome),
            outcome.restrictions().precautionIds(),
            pain(result, area),
            TriageHistory.given(result.answers()));
    sessionId = history.sessionStarted(start);
    sessionIds.add(sessionId);
    // over several areas: a row per area with its own pain rating (progress is per area)
    for (Area each : areas.subList(1, areas.size())) {
      sessionIds.add(history.sessionStarted(start.forArea(each, pain(result, each), sessionId)));
    }
    return Optional.of(safe);
  }

  /** The questions after the countdown, and the record of the session, partial ones included. */
  void afterCountdown(SessionPlan plan, SessionResult result) {
    Map<Area, SessionResult> parts =
        stepAreas == null
            ? Map.of(areas.get(0), result)
            : AreaResults.split(plan, stepAreas, result);
    // over several areas, pain after is asked for each area the session reached (progress is per
    // area); one area keeps its single question
    List<Area> rated = stepAreas == null ? List.of() : AreaResults.reached(plan, stepAreas, result);
    AfterSession after = null;
    try {
      switch (result.ending()) {
        case COMPLETED -> after = steps.ask(prompter -> quiz.afterSession(rated, preset, prompter));
        case STOPPED ->
            after =
                steps.ask(
                    prompter ->
                        quiz.afterStop(stopReason(result.stopReason()), rated, preset, prompter));
        default -> {
          // quit or interrupted: no questions, the person wants out
        }
      }
    } catch (TriageException interrupted) {
      // Ctrl-C on the last questions: the session itself is still recorded below
      after = null;
    }
    for (int i = 0; i < sessionIds.size(); i++) {
      Area area = areas.get(i);
      SessionResult part = parts.getOrDefault(area, result);
      history.sessionEnded(
          sessionIds.get(i),
          new SessionEnd(
              part.stepsDone(),
              part.stepsSkipped(),
              part.elapsedSeconds(),
              ending(result.ending()),
              painAfter(after, area, stepAreas != null),
              after == null ? null : after.feltWarningSigns().orElse(null),
              result.stopReasonIfStopped().map(r -> r.label()).orElse(null)));
    }
    history.close();
  }

  /** The rating to record for an area: its own over several areas, the session's for one. */
  private static Integer painAfter(AfterSession after, Area area, boolean severalAreas) {
    if (after == null) {
      return null;
    }
    if (severalAreas) {
      return after.painAfterByArea().get(area);
    }
    return after.painAfter().isPresent() ? after.painAfter().getAsInt() : null;
  }

  private static Integer pain(QuizResult result, Area area) {
    OptionalInt pain = TriageEngine.painOf(result.answers(), Optional.of(area));
    return pain.isPresent() ? pain.getAsInt() : null;
  }

  private static List<String> ids(TriageOutcome outcome) {
    return outcome.reasons().stream().map(Reason::id).toList();
  }

  private static StopReason stopReason(dev.knots.session.StopReason reason) {
    return switch (reason) {
      case SHARP_PAIN -> StopReason.SHARP_PAIN;
      case NUMBNESS_OR_TINGLING -> StopReason.NUMBNESS_OR_TINGLING;
      case DIZZINESS -> StopReason.DIZZINESS;
      case OTHER -> StopReason.SOMETHING_ELSE;
    };
  }

  private static Ending ending(dev.knots.session.Ending ending) {
    return switch (ending) {
      case COMPLETED -> Ending.COMPLETED;
      case QUIT -> Ending.QUIT;
      case STOPPED -> Ending.STOPPED;
      case INTERRUPTED -> Ending.INTERRUPTED;
    };
  }
}
