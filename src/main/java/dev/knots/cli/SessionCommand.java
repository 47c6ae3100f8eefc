package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.body.BodyMap;
import dev.knots.config.Settings;
import dev.knots.routine.Activity;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.Routine;
import dev.knots.routine.RoutineException;
import dev.knots.routine.RoutineLibrary;
import dev.knots.routine.RoutineLoader;
import dev.knots.session.CombinedRoutine;
import dev.knots.session.DryRunReport;
import dev.knots.session.Ending;
import dev.knots.session.Scaling;
import dev.knots.session.SessionIntro;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionRunner;
import dev.knots.session.SessionView;
import dev.knots.session.SeveralAreas;
import dev.knots.session.SkippedStep;
import dev.knots.session.Sound;
import dev.knots.session.StepPlanner;
import dev.knots.session.Ticker;
import dev.knots.session.TimeSplit;
import dev.knots.terminal.EndSignals;
import dev.knots.terminal.InterruptKeys;
import dev.knots.terminal.KeySource;
import dev.knots.terminal.PlainView;
import dev.knots.terminal.ScreenView;
import dev.knots.terminal.Terminals;
import dev.knots.terminal.Voice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knots session}: the routine as a countdown, in the terminal or as plain lines. */
final class SessionCommand implements Callable<Integer>, CodedCommand {
  static final int MAX_MINUTES = 120;

  /** Written out for the list of commands, which then need not build this one. */
  static final String[] DESCRIPTION = {
    "Run an area's routine as a live countdown in the terminal."
  };

  private final CommandSpec spec;

  private final AppContext context;

  private Settings settings;

  /** A session over several areas: the routine made of theirs, and its overview lines. */
  private CombinedRoutine combined;

  private List<String> overview = List.of();

  private List<Area> leftOut = List.of();

  Area area;
  AreaList areaList;
  String after;
  String routineName;
  Path file;
  Integer minutes;
  boolean plain;
  List<String> answers = new ArrayList<>();
  boolean thorough;
  boolean noSound;
  boolean voice;
  boolean dryRun;
  TextOrJson format;
  boolean noFigures;
  Path eventsFile;

  SessionCommand(AppContext context) {
    this.context = context;
    this.spec = build();
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  private CommandSpec build() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("session");
    spec.usageMessage().sortOptions(false).description(DESCRIPTION);
    AreaList.Converter areaNames = new AreaList.Converter();
    spec.addOption(
        CodedCommand.option("--area", AreaList.class, () -> areaList, v -> areaList = v)
            .paramLabel("AREA[,AREA...]")
            .converters(areaNames)
            .completionCandidates(areaNames)
            .description(
                "The body area; its first routine runs unless --routine says otherwise."
                    + " Several (up to 6, commas): one safety check, one session of about 10 min.")
            .build());
    spec.addOption(
        CodedCommand.option("--after", String.class, () -> after, v -> after = v)
            .paramLabel("ACTIVITY[,...]")
            .description(
                "The areas that activity works (running, squats, ... : 'knots activities'),"
                    + " weighted, in about 10 min.")
            .build());
    spec.addOption(
        CodedCommand.option("--routine", String.class, () -> routineName, v -> routineName = v)
            .paramLabel("NAME")
            .description("A routine of that area.")
            .build());
    spec.addOption(
        CodedCommand.option("--file", Path.class, () -> file, v -> file = v)
            .paramLabel("PATH")
            .description("Run a routine file directly (--area defaults to the file's area).")
            .build());
    spec.addOption(
        CodedCommand.option("--minutes", Integer.class, () -> minutes, v -> minutes = v)
            .paramLabel("N")
            .description("Scale the steps so the routine lasts about N minutes (1-120).")
            .build());
    spec.addOption(
        CodedCommand.flag(
            "--plain",
            () -> plain,
            v -> plain = v,
            "One line per event, no screen drawing (screen readers, logs)."));
    spec.addOption(
        CodedCommand.answers(
            () -> answers,
            v -> answers = v,
            "Answer a safety question up front (as in 'knots triage'; also acknowledge=yes,"
                + " pain-after=0-10 or pain-after:AREA=0-10, felt-warning-signs=yes|no). Repeatable."));
    spec.addOption(
        CodedCommand.flag(
            "--thorough",
            () -> thorough,
            v -> thorough = v,
            "Ask every safety question one by one."));
    spec.addOption(
        CodedCommand.flag(
            "--no-sound", () -> noSound, v -> noSound = v, "No bell at step changes."));
    spec.addOption(
        CodedCommand.flag(
            "--voice",
            () -> voice,
            v -> voice = v,
            "Speak each step's name and cue (espeak-ng or say)."));
    spec.addOption(
        CodedCommand.flag(
            "--no-figures",
            () -> noFigures,
            v -> noFigures = v,
            "Leave the position figures off the countdown screen."));
    spec.addOption(
        CodedCommand.option("--events", Path.class, () -> eventsFile, v -> eventsFile = v)
            .paramLabel("FILE")
            .description(
                "Write one JSON line per session event to FILE (created 0600), for status bars"
                    + " and scripts.")
            .build());
    spec.addOption(
        CodedCommand.flag(
            "--dry-run",
            () -> dryRun,
            v -> dryRun = v,
            "The safety check as usual, then print the plan (each step kept, adapted or skipped,"
                + " and why) without counting down or recording anything."));
    spec.addOption(
        CodedCommand.option("--format", TextOrJson.class, () -> format, v -> format = v)
            .paramLabel("FORMAT")
            .description("With --dry-run: text (default) or json.")
            .build());
    CodedCommand.addStandardHelp(spec);
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    if (format != null && !dryRun) {
      throw KnotsException.usage("--format is for --dry-run: add --dry-run, or leave --format out");
    }
    // whatever is wrong with the settings, the safety check still runs (with 112)
    settings = Settings.loadOrDefaults(context.paths().settingsFile(), context::warn);
    if (eventsFile != null && !dryRun) {
      // a path that cannot be written fails now, before the safety check's questions
      events = EventFile.open(context.console().workingDir().resolve(eventsFile), context::warn);
    }
    try {
      return session();
    } finally {
      if (events != null) {
        events.close();
      }
    }
  }

  private EventFile events;

  private Integer session() throws Exception {
    Console console = context.console();
    Optional<SeveralAreas> several = severalAreas();
    LocatedRoutine located = several.isEmpty() ? located() : null;
    if (minutes == null && settings.defaultMinutes() > 0) {
      minutes = settings.defaultMinutes();
    }
    if (several.isPresent()) {
      if (minutes == null) {
        minutes = SeveralAreas.DEFAULT_MINUTES;
      }
      checkMinutes();
      combined = TimeSplit.combine(several.get().shares(), minutes);
      leftOut = several.get().leftOut();
      located =
          new LocatedRoutine(
              combined.routine(),
              LocatedRoutine.Origin.BUNDLED,
              Path.of("combined", combined.routine().id()));
    }
    Routine routine = located.routine();
    if (minutes != null && combined == null) {
      checkMinutes();
      routine = Scaling.toMinutes(routine, minutes);
    }
    Duration shortBy = minutes == null ? Duration.ZERO : Scaling.shortOf(routine, minutes);
    // triage -> plan -> run -> record
    boolean json = format == TextOrJson.json;
    SessionSafety hooks =
        new SessionSafety(context, settings, located, answers, thorough, context.clock());
    if (combined != null) {
      hooks.stepAreas(combined.stepAreas());
    }
    if (dryRun) {
      hooks.dryRun(json);
    }
    Optional<SessionPlan> plan = hooks.beforeCountdown(SessionPlan.of(routine));
    if (dryRun) {
      Optional<SessionHooks.Checked> checked = hooks.checked();
      DryRunReport report =
          new DryRunReport(
              located,
              checked.isPresent()
                  ? checked.get().plan()
                  : combined == null
                      ? StepPlanner.plan(routine, List.of())
                      : StepPlanner.plan(routine, combined.stepAreas(), List.of()),
              checked.map(c -> c.outcome().level().name()).orElse(null),
              checked.map(SessionHooks.Checked::allowed).orElse(true),
              minutes,
              shortBy);
      console.out().print(json ? report.json() : report.text());
      console.out().flush();
      return plan.isEmpty() ? hooks.exitCodeWithoutSession() : ExitCode.OK;
    }
    if (plan.isEmpty()) {
      return hooks.exitCodeWithoutSession();
    }
    if (combined != null) {
      overview =
          SeveralAreas.overview(
              combined,
              leftOut,
              plan.get().skipped().stream()
                  .map(SkippedStep::stepIndex)
                  .collect(java.util.stream.Collectors.toSet()));
    }
    if (plan.get().stepsToRun().isEmpty()) {
      console.out().println("Every step of this routine was left out today; nothing to run.");
      hooks.afterCountdown(plan.get(), new SessionResult(0, 0, 0, 0, Ending.QUIT, null));
      return ExitCode.OK;
    }
    Optional<SessionResult> result = run(plan.get(), shortBy, minutes);
    if (result.isEmpty()) {
      console.out().println("Session cancelled before the first step.");
      // cancelled before the first step: still an ending worth recording
      hooks.afterCountdown(
          plan.get(),
          new SessionResult(0, 0, plan.get().stepsToRun().size(), 0, Ending.QUIT, null));
      return ExitCode.INTERRUPTED;
    }
    hooks.afterCountdown(plan.get(), result.get());
    int signalled = EndSignals.exitCode();
    // ended by SIGTERM/SIGHUP: recorded as interrupted, exit 143/129 as the signal says
    return result.get().ending() == Ending.INTERRUPTED && signalled != 0
        ? signalled
        : exitCode(result.get().ending());
  }

  private void checkMinutes() {
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw KnotsException.usage("--minutes must be from 1 to " + MAX_MINUTES + ": " + minutes);
    }
  }

  /**
   * A session over several areas ({@code --area A,B} or {@code --after}), or empty for one area;
   * sets {@link #area} when one is named.
   */
  private Optional<SeveralAreas> severalAreas() {
    if (areaList != null && after != null) {
      throw KnotsException.usage(
          "give --area or --after, not both: --after picks the areas from the activity");
    }
    boolean several = after != null || (areaList != null && areaList.single() == null);
    if (areaList != null && !several) {
      area = areaList.single();
    }
    if (!several) {
      return Optional.empty();
    }
    if (routineName != null || file != null) {
      throw KnotsException.usage(
          (routineName != null ? "--routine" : "--file")
              + " is for one area: give one --area, or leave "
              + (routineName != null ? "--routine" : "--file")
              + " out to run each area's first routine");
    }
    if (after != null) {
      List<Activity> activities = ActivityLookup.named(ActivityLookup.load(context), after);
      RoutineLibrary library = RoutineLookup.library(context);
      return Optional.of(
          SeveralAreas.after(activities, a -> RoutineLookup.firstFor(library, a).routine()));
    }
    RoutineLibrary library = RoutineLookup.library(context);
    return Optional.of(
        SeveralAreas.of(areaList.areas(), a -> RoutineLookup.firstFor(library, a).routine()));
  }

  static int exitCode(Ending ending) {
    return switch (ending) {
      case COMPLETED -> ExitCode.OK;
      case STOPPED -> ExitCode.TRIAGE_ADVISED_CARE;
      default -> ExitCode.INTERRUPTED;
    };
  }

  /** Runs the countdown; empty when the person cancelled before the first step. */
  private Optional<SessionResult> run(SessionPlan plan, Duration shortBy, Integer asked)
      throws InterruptedException {
    Console console = context.console();
    Ticker ticker = System::nanoTime;
    boolean sound = !noSound && settings.sound();
    Voice speaker = voice();
    boolean plainMode = plain || "dumb".equals(console.var("TERM")) || !console.stdoutIsTerminal();
    if (!plainMode && console.stdinIsTerminal()) {
      Optional<Terminals> terminals = open(true);
      if (terminals.isPresent()) {
        try (ScreenView view =
            new ScreenView(
                terminals.get(),
                terminals.get().keys(),
                plan.routine().name(),
                context.color(),
                sound,
                speaker,
                console.out(),
                !noFigures && settings.figures())) {
          if (settings.minimalSound()) {
            view.minimalSound();
          }
          view.titleShows(plan.routine().area().id());
          List<String> intro =
              SessionIntro.lines(plan, true, shortBy, asked, overview, settings.leadIn());
          intro.add("");
          intro.addAll(BodyMap.render(sessionAreas(plan)));
          if (!view.waitForStart(intro)) {
            return Optional.empty();
          }
          return Optional.of(runner(ticker, view).run(plan));
        }
      }
    }
    Optional<Terminals> keys = console.stdinIsTerminal() ? open(false) : Optional.empty();
    try (InterruptKeys interrupts = keys.isPresent() ? null : new InterruptKeys()) {
      SessionIntro.lines(plan, keys.isPresent(), shortBy, asked, overview, settings.leadIn())
          .forEach(console.out()::println);
      console.out().flush();
      KeySource source = keys.isPresent() ? keys.get().keys() : interrupts;
      PlainView view =
          new PlainView(
              console.out(),
              source,
              !sound || !console.stdoutIsTerminal()
                  ? Sound.Level.OFF
                  : settings.minimalSound() ? Sound.Level.MINIMAL : Sound.Level.FULL,
              speaker);
      return Optional.of(runner(ticker, view).run(plan));
    } finally {
      keys.ifPresent(Terminals::close);
    }
  }

  private SessionRunner runner(Ticker ticker, SessionView view) {
    SessionRunner runner =
        new SessionRunner(ticker, view)
            .emergencyNumber(settings.emergencyNumber())
            .leadIn(settings.leadIn());
    return events == null ? runner : runner.events(events);
  }

  private Optional<Terminals> open(boolean fullScreen) {
    try {
      return Optional.of(Terminals.openSystem(fullScreen));
    } catch (IOException | RuntimeException e) {
      if (context.verbose()) {
        context.console().err().println("knots: no interactive terminal (" + e.getMessage() + ")");
      }
      return Optional.empty();
    }
  }

  private Voice voice() {
    if (!voice) {
      return null;
    }
    Optional<Voice> found = Voice.find(context.console().var("PATH"));
    if (found.isEmpty()) {
      context.console().err().println(Voice.notFoundMessage());
      context.console().err().flush();
    }
    return found.orElse(null);
  }

  /** The areas to mark on the overview's body map: each area of a combined session. */
  private Set<Area> sessionAreas(SessionPlan plan) {
    return combined == null ? Set.of(plan.routine().area()) : new LinkedHashSet<>(combined.areas());
  }

  private LocatedRoutine located() {
    if (file != null && routineName != null) {
      throw KnotsException.usage("give --file or --routine, not both");
    }
    if (file != null) {
      Path path = context.console().workingDir().resolve(file);
      Routine routine = load(path);
      if (area != null && area != routine.area()) {
        throw KnotsException.usage(
            file + " is a routine for " + routine.area().id() + ", not " + area.id());
      }
      return new LocatedRoutine(routine, LocatedRoutine.Origin.FILE, path);
    }
    RoutineLibrary library = RoutineLookup.library(context);
    if (routineName != null) {
      LocatedRoutine found = RoutineLookup.byName(library, routineName);
      if (area != null && area != found.routine().area()) {
        throw KnotsException.usage(
            "routine "
                + found.name()
                + " is for "
                + found.routine().area().id()
                + ", not "
                + area.id()
                + " - run 'knots routines list --area "
                + area.id()
                + "'");
      }
      return found;
    }
    if (area == null) {
      throw KnotsException.usage(
          "which area? Give --area AREA (one of: " + String.join(", ", Area.ids()) + ")");
    }
    LocatedRoutine chosen = RoutineLookup.firstFor(library, area);
    // one of them may have been meant for this area: say why it is not the one that runs
    RoutineLookup.warnSkipped(context, library.invalidUserFiles());
    return chosen;
  }

  private Routine load(Path path) {
    try {
      return new RoutineLoader().load(path);
    } catch (RoutineException e) {
      throw RoutineLookup.failure(e);
    }
  }
}
