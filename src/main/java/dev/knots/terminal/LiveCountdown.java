package dev.knots.terminal;

import dev.knots.body.Area;
import dev.knots.body.BodyMap;
import dev.knots.session.SessionEvent;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionRunner;
import dev.knots.session.SessionView;
import dev.knots.session.Sound;
import dev.knots.session.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A planned session counted down in the terminal the person has: the full screen when stdin and
 * stdout are a terminal, otherwise plain lines (with keys when stdin is still a terminal).
 */
public final class LiveCountdown {
  /** Where the countdown goes and what the process was given. */
  public record Streams(
      PrintWriter out,
      PrintWriter err,
      boolean stdinIsTerminal,
      boolean stdoutIsTerminal,
      String term,
      String path,
      boolean verbose) {}

  /** What the person chose, on the command line or in the settings. */
  public record Choices(
      boolean plain,
      boolean sound,
      boolean minimalSound,
      boolean figures,
      boolean color,
      boolean voice,
      String emergencyNumber,
      Duration leadIn,
      SessionEvent.Sink events) {}

  private final Streams streams;
  private final Choices choices;

  public LiveCountdown(Streams streams, Choices choices) {
    this.streams = streams;
    this.choices = choices;
  }

  /**
   * Runs the countdown; empty when the person cancelled before the first step.
   *
   * @param intro the overview before the first step, given whether keys work
   * @param areas the areas the full screen's body map marks
   */
  public Optional<SessionResult> run(
      SessionPlan plan, Function<Boolean, List<String>> intro, Set<Area> areas)
      throws InterruptedException {
    Ticker ticker = System::nanoTime;
    Voice voice = voice();
    boolean plainMode =
        choices.plain() || "dumb".equals(streams.term()) || !streams.stdoutIsTerminal();
    if (!plainMode && streams.stdinIsTerminal()) {
      Optional<Terminals> terminals = open(true);
      if (terminals.isPresent()) {
        try (ScreenView view =
            new ScreenView(
                terminals.get(),
                terminals.get().keys(),
                plan.routine().name(),
                choices.color(),
                choices.sound(),
                voice,
                streams.out(),
                choices.figures())) {
          if (choices.minimalSound()) {
            view.minimalSound();
          }
          view.titleShows(plan.routine().area().id());
          List<String> lines = intro.apply(true);
          lines.add("");
          lines.addAll(BodyMap.render(areas));
          if (!view.waitForStart(lines)) {
            return Optional.empty();
          }
          return Optional.of(runner(ticker, view).run(plan));
        }
      }
    }
    Optional<Terminals> keys = streams.stdinIsTerminal() ? open(false) : Optional.empty();
    try (InterruptKeys interrupts = keys.isPresent() ? null : new InterruptKeys()) {
      intro.apply(keys.isPresent()).forEach(streams.out()::println);
      streams.out().flush();
      KeySource source = keys.isPresent() ? keys.get().keys() : interrupts;
      PlainView view = new PlainView(streams.out(), source, bell(), voice);
      return Optional.of(runner(ticker, view).run(plan));
    } finally {
      keys.ifPresent(Terminals::close);
    }
  }

  /** The voice asked for (--voice), or none: said once on stderr when none is installed. */
  private Voice voice() {
    if (!choices.voice()) {
      return null;
    }
    Optional<Voice> found = Voice.find(streams.path());
    if (found.isEmpty()) {
      streams.err().println(Voice.notFoundMessage());
      streams.err().flush();
    }
    return found.orElse(null);
  }

  private Sound.Level bell() {
    if (!choices.sound() || !streams.stdoutIsTerminal()) {
      return Sound.Level.OFF;
    }
    return choices.minimalSound() ? Sound.Level.MINIMAL : Sound.Level.FULL;
  }

  private SessionRunner runner(Ticker ticker, SessionView view) {
    SessionRunner runner =
        new SessionRunner(ticker, view)
            .emergencyNumber(choices.emergencyNumber())
            .leadIn(choices.leadIn());
    return choices.events() == null ? runner : runner.events(choices.events());
  }

  private Optional<Terminals> open(boolean fullScreen) {
    try {
      return Optional.of(Terminals.openSystem(fullScreen));
    } catch (IOException | RuntimeException e) {
      if (streams.verbose()) {
        streams.err().println("knots: no interactive terminal (" + e.getMessage() + ")");
      }
      return Optional.empty();
    }
  }
}
