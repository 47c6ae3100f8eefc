package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.config.Settings;
import dev.knots.history.SafeHistory;
import dev.knots.history.TriageRecord;
import dev.knots.terminal.TriageOutcomeText;
import dev.knots.triage.AnswerParser;
import dev.knots.triage.Answers;
import dev.knots.triage.Catalogue;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.QuizListing;
import dev.knots.triage.QuizResult;
import dev.knots.triage.Reason;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageException;
import dev.knots.triage.TriageJson;
import dev.knots.triage.TriageOutcome;
import dev.knots.triage.TriageQuiz;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The red-flag quiz alone: prints the outcome and advice, exit 0 for self-care, 3 otherwise. */
final class TriageCommand implements Callable<Integer>, CodedCommand {
  /** The default emergency number; the settings file's {@code emergency-number} replaces it. */
  static final String DEFAULT_EMERGENCY_NUMBER = "112";

  /** Written out for the list of commands, which then need not build this one. */
  static final String[] DESCRIPTION = {
    "The safety check alone: is self-care reasonable today, or should you see a doctor?",
    "Exit 0 when self-care is fine, 3 when it advises care, 2 when an answer is missing."
  };

  /** Output formats. */
  enum Format {
    text,
    json
  }

  private final AppContext context;

  private final CommandSpec spec;

  Area areaOption;
  List<String> answerOptions = new ArrayList<>();
  boolean thorough;
  boolean list;
  boolean selfTest;
  Path casesFile;
  Format format = Format.text;

  TriageCommand(AppContext context) {
    this.context = context;
    this.spec = build();
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  private CommandSpec build() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("triage");
    spec.usageMessage().sortOptions(false).description(DESCRIPTION);
    spec.addOption(
        CodedCommand.area(
            () -> areaOption,
            v -> areaOption = v,
            "The body area (questions for it; without it, every question)."));
    spec.addOption(
        CodedCommand.answers(
            () -> answerOptions,
            v -> answerOptions = v,
            "Answer a question up front: ID=yes|no, pain=0-10, emergency|urgent|soon|precautions"
                + "=none, or none for all four lists. Repeatable."));
    spec.addOption(
        CodedCommand.flag(
            "--thorough", () -> thorough, v -> thorough = v, "Ask every question one by one."));
    spec.addOption(
        CodedCommand.flag(
            "--list",
            () -> list,
            v -> list = v,
            "Print the questions that apply to --area, with ids and levels."));
    spec.addOption(
        CodedCommand.flag(
            "--self-test",
            () -> selfTest,
            v -> selfTest = v,
            "Run the engine's test cases (cases.yaml): one line per case and a summary;"
                + " exit 0 when all pass, 1 otherwise."));
    spec.addOption(
        CodedCommand.option("--cases", Path.class, () -> casesFile, v -> casesFile = v)
            .paramLabel("FILE")
            .description("With --self-test: the case file to run instead of the bundled one.")
            .build());
    spec.addOption(
        CodedCommand.option("--format", Format.class, () -> format, v -> format = v)
            .paramLabel("FORMAT")
            .description("Output: ${COMPLETION-CANDIDATES} (default: text).")
            .build());
    CodedCommand.addStandardHelp(spec);
    return spec;
  }

  @Override
  public Integer call() {
    if (selfTest) {
      // before anything of the quiz: the self-test reads no history and asks nothing
      return TriageSelfTest.run(context, casesFile);
    }
    if (casesFile != null) {
      throw KnotsException.usage("--cases needs --self-test");
    }
    Optional<Area> area = Optional.ofNullable(areaOption);
    Catalogue catalogue = CatalogueLoader.bundled();
    PrintWriter out = context.console().out();
    if (list) {
      if (area.isEmpty()) {
        throw KnotsException.usage("--list needs --area AREA");
      }
      out.print(
          format == Format.json
              ? TriageJson.listing(catalogue, area.get())
              : QuizListing.text(catalogue, area.get()));
      out.flush();
      return ExitCode.OK;
    }
    Answers preset;
    try {
      preset = new AnswerParser(catalogue).parse(answerOptions, area);
    } catch (TriageException e) {
      throw KnotsException.usage(e.getMessage());
    }
    String number =
        Settings.loadOrDefaults(context.paths().settingsFile(), context::warn).emergencyNumber();
    TriageQuiz quiz = new TriageQuiz(new TriageEngine(catalogue, number));
    Instant now = context.clock().instant();
    // the store opens on the background thread (after SQLite's start, which takes longer than the
    // checks above) while the quiz screen opens here; the first step closes the screen before the
    // outcome is printed below it
    TriageHistory.Opening opening = TriageHistory.opening(context, "check");
    QuizSteps screen = TriageHistory.orClose(opening, () -> new QuizSteps(context).openScreen());
    try (QuizSteps steps = screen;
        SafeHistory history = opening.join()) {
      // what history knows about the area shapes the quiz, so it is read first
      TriageContext triageContext =
          TriageHistory.context(
              area,
              area.map(a -> history.notImproving(a, now)).orElse(false),
              area.flatMap(a -> history.lastAdvice(a, now)),
              context.clock().getZone());
      TriageHistory.noteIgnoredFollowUp(context, triageContext, preset);
      QuizResult result =
          steps.ask(prompter -> quiz.run(triageContext, preset, prompter, thorough));
      history.triageRecorded(
          new TriageRecord(
              area.orElse(null),
              context.clock().instant(),
              result.outcome().level().name(),
              result.outcome().reasons().stream().map(Reason::id).toList(),
              TriageHistory.given(result.answers())));
      return report(result, area, steps.columns());
    }
  }

  private int report(QuizResult result, Optional<Area> area, int columns) {
    PrintWriter out = context.console().out();
    TriageOutcome outcome = result.outcome();
    if (format == Format.json) {
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
