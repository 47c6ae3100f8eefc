package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.config.Settings;
import dev.knots.session.EventFile;
import dev.knots.session.SessionIntro;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.SeveralAreas;
import dev.knots.session.SkippedStep;
import dev.knots.terminal.LiveCountdown;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The session's options and settings, handed to the terminal's countdown. */
final class SessionCountdown {
  private SessionCountdown() {}

  /**
   * Counts the plan down; empty when the person cancelled before the first step.
   *
   * @param events where the events go (--events), or null
   */
  static Optional<SessionResult> run(
      AppContext context,
      SessionOptions options,
      Settings settings,
      EventFile events,
      SessionRoutine chosen,
      SessionPlan plan)
      throws InterruptedException {
    Console console = context.console();
    List<String> overview =
        chosen.combined() == null
            ? List.of()
            : SeveralAreas.overview(
                chosen.combined(),
                chosen.leftOut(),
                plan.skipped().stream().map(SkippedStep::stepIndex).collect(Collectors.toSet()));
    // the areas the overview's body map marks
    Set<Area> areas =
        chosen.combined() == null
            ? Set.of(plan.routine().area())
            : new LinkedHashSet<>(chosen.combined().areas());
    LiveCountdown.Streams streams =
        new LiveCountdown.Streams(
            console.out(),
            console.err(),
            console.stdinIsTerminal(),
            console.stdoutIsTerminal(),
            console.var("TERM"),
            console.var("PATH"),
            context.verbose());
    LiveCountdown.Choices choices =
        new LiveCountdown.Choices(
            options.plain,
            !options.noSound && settings.sound(),
            settings.minimalSound(),
            !options.noFigures && settings.figures(),
            context.color(),
            options.voice,
            settings.emergencyNumber(),
            settings.leadIn(),
            events);
    return new LiveCountdown(streams, choices)
        .run(
            plan,
            keys ->
                SessionIntro.lines(
                    plan, keys, chosen.shortBy(), chosen.minutes(), overview, settings.leadIn()),
            areas);
  }
}
