package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.config.Settings;
import dev.knots.history.HistoryOpening;
import dev.knots.history.SafeHistory;
import dev.knots.terminal.QuizSteps;
import dev.knots.terminal.TriageOutcomeText;
import dev.knots.triage.AnswerParser;
import dev.knots.triage.Answers;
import dev.knots.triage.Catalogue;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.QuizListing;
import dev.knots.triage.QuizResult;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageException;
import dev.knots.triage.TriageJson;
import dev.knots.triage.TriageOutcome;
import dev.knots.triage.TriageQuiz;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The red-flag quiz alone: prints the outcome and advice, exit 0 for self-care, 3 otherwise. */
final class TriageCommand implements Callable<Integer>, CodedCommand {
  /** Written out for the list of commands, which then need not build this one. */
  static final String[] DESCRIPTION = {
    "The safety check alone: is self-care reasonable today, or should you see a doctor?",
    "Exit 0 when self-care is fine, 3 when it advises care, 2 when an answer is missing."
  };

  private final AppContext context;
  private final CommandSpec spec;
  private final TriageOptions options = new TriageOptions();

  TriageCommand(AppContext context) {
    this.context = context;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("triage");
    spec.usageMessage().sortOptions(false).description(DESCRIPTION);
    options.declareOn(spec);
    CodedCommand.addStandardHelp(spec);
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    if (options.selfTest) {
      // before anything of the quiz: the self-test reads no history and asks nothing
      return TriageSelfTest.run(context, options.casesFile);
    }
    if (options.casesFile != null) {
      throw KnotsException.usage("--cases needs --self-test");
    }
    Optional<Area> area = Optional.ofNullable(options.areaOption);
    Catalogue catalogue = CatalogueLoader.bundled();
    PrintWriter out = context.console().out();
    if (options.list) {
      if (area.isEmpty()) {
        throw KnotsException.usage("--list needs --area AREA");
      }
      out.print(
          options.format == TextOrJson.json
              ? TriageJson.listing(catalogue, area.get())
              : QuizListing.text(catalogue, area.get()));
      out.flush();
      return ExitCode.OK;
    }
    Answers preset;
    try {
      preset = new AnswerParser(catalogue).parse(options.answerOptions, area);
    } catch (TriageException e) {
      throw KnotsException.usage(e.getMessage());
    }
    String number =
        Settings.loadOrDefaults(context.paths().settingsFile(), context::warn).emergencyNumber();
    TriageQuiz quiz = new TriageQuiz(new TriageEngine(catalogue, number));
    // the store opens on the background thread (after SQLite's start, which takes longer than the
    // checks above) while the quiz screen opens here; the first step closes the screen before the
    // outcome is printed below it
    HistoryOpening opening = TriageHistory.opening(context, "check");
    QuizSteps screen = opening.orClose(() -> TriageHistory.quizSteps(context).openScreen());
    try (QuizSteps steps = screen;
        SafeHistory history = opening.join()) {
      // what history knows about the area shapes the quiz, so it is read first
      TriageContext triageContext =
          TriageHistory.context(
              history,
              area.stream().toList(),
              context.clock().instant(),
              context.clock().getZone());
      TriageHistory.noteIgnoredFollowUp(context, triageContext, preset);
      QuizResult result =
          steps.ask(prompter -> quiz.run(triageContext, preset, prompter, options.thorough));
      history.triageRecorded(
          TriageHistory.record(area.orElse(null), context.clock().instant(), result));
      return report(result, area, steps.columns());
    }
  }

  private int report(QuizResult result, Optional<Area> area, int columns) {
    PrintWriter out = context.console().out();
    TriageOutcome outcome = result.outcome();
    if (options.format == TextOrJson.json) {
      out.print(TriageJson.outcome(outcome, area, result.answers()));
    } else {
      if (context.console().interactive()) {
        out.println(); // set the outcome apart from the last question on screen
      }
      out.print(TriageOutcomeText.render(outcome, context.color(), columns));
    }
    out.flush();
    return outcome.level().advisesCare() ? ExitCode.TRIAGE_ADVISED_CARE : ExitCode.OK;
  }
}
