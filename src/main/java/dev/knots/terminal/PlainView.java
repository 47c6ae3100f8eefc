package dev.knots.terminal;

import dev.knots.session.Command;
import dev.knots.session.Countdown;
import dev.knots.session.CountdownEvent;
import dev.knots.session.Phase;
import dev.knots.session.PhaseKind;
import dev.knots.session.PositionWords;
import dev.knots.session.QuitAnswer;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionView;
import dev.knots.session.Snapshot;
import dev.knots.session.Sound;
import dev.knots.session.StopReason;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Line-by-line output for screen readers and logs: a line when a step starts, when sides switch, at
 * most every 10 seconds, and when a step ends; no cursor movement, no colour.
 */
public final class PlainView implements SessionView {
  private static final int EVERY_SECONDS = 10;

  private final PrintWriter out;
  private final KeySource keys;
  private final Sound.Level sound;
  private final Voice voice;
  private Countdown.State state = Countdown.State.RUNNING;
  private int phaseIndex = -1;
  private long lastSecondPrinted = -1;

  /**
   * @param keys {@link KeySource#none()} when stdin is not a terminal
   * @param bell whether to ring the terminal bell (only when stdout is a terminal)
   * @param voice null for no speech
   */
  public PlainView(PrintWriter out, KeySource keys, boolean bell, Voice voice) {
    this(out, keys, bell ? Sound.Level.FULL : Sound.Level.OFF, voice);
  }

  /**
   * @param sound how much to ring the terminal bell (OFF unless stdout is a terminal)
   */
  public PlainView(PrintWriter out, KeySource keys, Sound.Level sound, Voice voice) {
    this.out = out;
    this.keys = keys;
    this.sound = sound;
    this.voice = voice;
  }

  @Override
  public void render(Snapshot s) {
    if (s.phaseIndex() != phaseIndex) {
      phaseIndex = s.phaseIndex();
      lastSecondPrinted = s.leftSeconds();
    }
    if (s.state() != state && s.state() != Countdown.State.FINISHED) {
      state = s.state();
      println(state == Countdown.State.PAUSED ? "  paused" : "  resumed");
    }
    long left = s.leftSeconds();
    if (s.state() == Countdown.State.RUNNING
        && s.phase().isWork()
        && left > 0
        && left % EVERY_SECONDS == 0
        && left < lastSecondPrinted) {
      lastSecondPrinted = left;
      println("  " + Text.clock(left) + " left");
    }
  }

  @Override
  public void event(CountdownEvent event, Snapshot s) {
    Phase phase = event.phase();
    ring(Sound.of(event, sound).rings());
    switch (event.type()) {
      case PHASE_STARTED -> {
        if (phase.kind() == PhaseKind.LEAD_IN) {
          String place = PositionWords.describe(phase.step());
          println(
              "Get into position for step "
                  + (phase.stepIndex() + 1)
                  + " of "
                  + s.stepCount()
                  + ": "
                  + phase.step().name()
                  + CountdownScreen.sideLabel(phase)
                  + (place.isEmpty() ? "." : ". " + place)
                  + " Starts in "
                  + Text.clock(phase.durationNanos() / Countdown.SECOND)
                  + ".");
          speak(
              "Get into position: "
                  + phase.step().name()
                  + CountdownScreen.sideLabel(phase).replace(" - ", ", ")
                  + ". "
                  + place);
        } else {
          String cue = phase.step().cue().isBlank() ? "" : " " + phase.step().cue();
          println(
              "Step "
                  + (phase.stepIndex() + 1)
                  + " of "
                  + s.stepCount()
                  + ": "
                  + phase.step().name()
                  + CountdownScreen.sideLabel(phase)
                  + ", "
                  + Text.clock(phase.durationNanos() / Countdown.SECOND)
                  + " ("
                  + CountdownScreen.details(phase.step(), ", ")
                  + ")."
                  + cue);
          speak(
              event.ledIn()
                  ? "Start. " + phase.step().cue()
                  : phase.step().name() + ". " + phase.step().cue());
        }
      }
      case PHASE_COMPLETED -> {
        if (phase.isWork()) {
          println("  done: " + phase.step().name() + CountdownScreen.sideLabel(phase));
        }
      }
      case PHASE_SKIPPED ->
          println("  skipped: " + phase.step().name() + CountdownScreen.sideLabel(phase));
      default -> {}
    }
  }

  @Override
  public Optional<Command> awaitCommand(long timeoutNanos) throws InterruptedException {
    return keys.poll(timeoutNanos).flatMap(Key::commandIfAny);
  }

  @Override
  public QuitAnswer confirmQuit() throws InterruptedException {
    println(Prompts.QUIT);
    return Prompts.quit(keys, () -> {});
  }

  @Override
  public Optional<StopReason> askWhatHappened() throws InterruptedException {
    Prompts.WHAT_HAPPENED.forEach(this::println);
    return Prompts.whatHappened(keys, () -> {});
  }

  @Override
  public void showAdvice(List<String> lines) {
    lines.forEach(this::println);
  }

  @Override
  public void showSummary(SessionResult result) {
    if (voice != null) {
      voice.stop();
    }
    println(Summary.line(result));
  }

  private void ring(int times) {
    for (int i = 0; i < times; i++) {
      out.print('\007');
    }
  }

  private void speak(String text) {
    if (voice != null) {
      voice.say(text);
    }
  }

  private void println(String line) {
    out.println(line);
    out.flush();
  }
}
