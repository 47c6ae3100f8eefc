package dev.knots.terminal;

import dev.knots.session.Command;
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
import dev.knots.session.Ticker;
import java.io.IOError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The interactive countdown: one screen redrawn in place (only what changed), single keys, a bell
 * at each step and side, a visible flash three seconds before the end. What must stay readable
 * (advice, summary) is printed on the normal screen after the terminal is restored.
 */
public final class ScreenView implements SessionView, AutoCloseable {
  private final Terminals terminals;
  private final KeySource keys;
  private final Terminal terminal;
  private final Display display;
  private final CountdownScreen screen;
  private Sound.Level sound;
  private final Voice voice;
  private Bell bell = new Bell(System::nanoTime);
  private String titleLabel;
  private String shownTitle;
  private final PrintWriter after;
  private final List<String> afterwords = new ArrayList<>();
  private List<String> prompt = List.of();
  private Snapshot last;
  private Consumer<List<String>> frames = lines -> {};
  private Size size;

  /**
   * @param keys where keys come from: {@link Terminals#keys()}, or a script in tests
   * @param voice null for no speech
   * @param after where advice and the summary go once the screen is closed
   */
  public ScreenView(
      Terminals terminals,
      KeySource keys,
      String title,
      boolean color,
      boolean sound,
      Voice voice,
      PrintWriter after) {
    this(terminals, keys, title, color, sound, voice, after, true);
  }

  /**
   * @param figures whether the countdown draws each step's figure
   */
  public ScreenView(
      Terminals terminals,
      KeySource keys,
      String title,
      boolean color,
      boolean sound,
      Voice voice,
      PrintWriter after,
      boolean figures) {
    this.terminals = terminals;
    this.keys = keys;
    this.terminal = terminals.terminal();
    this.display = new Display(terminal, true);
    boolean unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
    this.screen = new CountdownScreen(title, color, unicode, figures);
    this.sound = sound ? Sound.Level.FULL : Sound.Level.OFF;
    this.voice = voice;
    this.after = after;
  }

  /** Only the ring when a step starts ({@code sound: minimal}). */
  public ScreenView minimalSound() {
    if (sound != Sound.Level.OFF) {
      sound = Sound.Level.MINIMAL;
    }
    return this;
  }

  /**
   * Shows the time left, this label (the area) and the side in the window title while counting, and
   * gives the person's title back at the end (the terminal's title stack).
   */
  public ScreenView titleShows(String label) {
    titleLabel = label;
    return this;
  }

  /** Tests ring the bell on their own clock. */
  void bellTicker(Ticker ticker) {
    bell = new Bell(ticker);
  }

  /**
   * Shows what to read before the first step (the routine, its cautions) and waits for space or
   * Enter; false when the person quits instead (q, Esc or Ctrl-C). When it does not fit the window,
   * it is shown a page at a time, so no caution is ever off screen unseen.
   */
  public boolean waitForStart(List<String> intro) throws InterruptedException {
    Size now = terminal.getSize();
    int cols = now.getColumns() > 0 ? now.getColumns() : 80;
    int rows = now.getRows() > 0 ? now.getRows() : 24;
    List<String> lines = new ArrayList<>();
    for (String line : intro) {
      if (line.length() <= cols - 2 && line.contains("   ")) {
        // a drawing (the body map): kept as drawn, spaces and all
        lines.add(" " + line);
        continue;
      }
      for (String wrapped : Text.wrapIndented(line, Math.max(10, cols - 2))) {
        lines.add(wrapped.isEmpty() ? "" : " " + wrapped);
      }
    }
    int room = Math.max(1, rows - 2);
    int pages = Math.max(1, (lines.size() + room - 1) / room);
    display.resize(rows, Math.max(1, cols));
    for (int page = 0; page < pages; page++) {
      List<String> shown =
          new ArrayList<>(lines.subList(page * room, Math.min(lines.size(), (page + 1) * room)));
      shown.add("");
      shown.add(
          page == pages - 1
              ? " Press space to start, q to cancel."
              : " Space: more (" + (page + 1) + "/" + pages + "), q to cancel.");
      List<String> frame = shown.size() > rows ? shown.subList(0, rows) : shown;
      frames.accept(frame);
      display.updateAnsi(frame, -1);
      terminal.flush();
      if (!spaceOrQuit()) {
        return false;
      }
    }
    display.clear();
    terminal.puts(Capability.clear_screen);
    size = null;
    return true;
  }

  /** Waits for space or Enter (true), or q, Esc or Ctrl-C (false); other keys are ignored. */
  private boolean spaceOrQuit() throws InterruptedException {
    while (true) {
      Optional<Key> key = keys.poll(Long.MAX_VALUE);
      if (key.isEmpty()) {
        continue;
      }
      int ch = key.get().ch();
      if (ch == ' ' || ch == '\r' || ch == '\n') {
        return true;
      }
      if (ch == 'q' || ch == 'Q' || ch == 27 || key.get().command() == Command.INTERRUPT) {
        return false;
      }
    }
  }

  @Override
  public void render(Snapshot snapshot) {
    last = snapshot;
    draw();
  }

  @Override
  public void event(CountdownEvent event, Snapshot snapshot) {
    bell.ring(Sound.of(event, sound).rings());
    ringDue();
    if (event.type() == CountdownEvent.Type.PHASE_STARTED && voice != null) {
      Phase phase = event.phase();
      String side = CountdownScreen.sideLabel(phase).replace(" - ", ", ");
      if (phase.kind() == PhaseKind.LEAD_IN) {
        voice.say(
            "Get into position: "
                + phase.step().name()
                + side
                + ". "
                + PositionWords.describe(phase.step()));
      } else {
        voice.say(
            event.ledIn() ? "Start." : phase.step().name() + side + ". " + phase.step().cue());
      }
    } else if (event.type() == CountdownEvent.Type.FINISHED && voice != null) {
      voice.say("Done.");
    } else if (event.type() == CountdownEvent.Type.WARNING && sound != Sound.Level.OFF) {
      // soft: a visible flash where the terminal has one, never a second beep
      terminal.puts(Capability.flash_screen);
    }
  }

  private void ringDue() {
    int due = bell.due();
    if (due > 0) {
      terminal.puts(Capability.bell);
      terminal.flush();
    }
  }

  @Override
  public Optional<Command> awaitCommand(long timeoutNanos) throws InterruptedException {
    Optional<Key> key;
    long left = timeoutNanos;
    // rings still due are rung on time, between waits for a key
    while (true) {
      ringDue();
      long wait = Math.min(left, bell.nanosUntilNext());
      long before = System.nanoTime();
      key = keys.poll(Math.max(0, wait));
      if (key.isPresent() || wait >= left) {
        break;
      }
      left -= Math.max(1, System.nanoTime() - before);
    }
    Optional<Command> command = key.flatMap(Key::commandIfAny);
    if (command.isPresent() && command.get() == Command.REDRAW) {
      size = null;
      shownTitle = null;
    }
    return command;
  }

  @Override
  public QuitAnswer confirmQuit() throws InterruptedException {
    prompt = List.of(Prompts.QUIT);
    draw();
    try {
      return Prompts.quit(keys, this::redraw);
    } finally {
      prompt = List.of();
    }
  }

  @Override
  public Optional<StopReason> askWhatHappened() throws InterruptedException {
    prompt = Prompts.WHAT_HAPPENED;
    draw();
    try {
      return Prompts.whatHappened(keys, this::redraw);
    } finally {
      prompt = List.of();
    }
  }

  @Override
  public void showAdvice(List<String> lines) {
    afterwords.addAll(lines);
  }

  @Override
  public void showSummary(SessionResult result) {
    afterwords.add(Summary.line(result));
  }

  /** Restores the terminal, then prints the advice and the summary on the normal screen. */
  @Override
  public void close() {
    if (voice != null) {
      voice.stop();
    }
    // the width is read before the terminal is closed; after that it may be unknown
    int width = widthOr79();
    terminals.close();
    shownTitle = null;
    if (!afterwords.isEmpty()) {
      // a blank line sets the advice apart from whatever the screen left above it
      after.println();
    }
    for (String line : afterwords) {
      Text.wrapIndented(line, width).forEach(after::println);
    }
    afterwords.clear();
    after.flush();
  }

  /** The terminal's width less one (as the quiz wraps), or 79 when it cannot be told. */
  private int widthOr79() {
    try {
      int cols = terminal.getWidth();
      return cols > 20 ? cols - 1 : 79;
    } catch (RuntimeException | IOError e) {
      return 79;
    }
  }

  /** Tests see every frame as drawn, since the terminal only receives what changed. */
  void onFrame(Consumer<List<String>> listener) {
    frames = listener;
  }

  private void showTitle() {
    if (titleLabel == null) {
      return;
    }
    String title = WindowTitle.text(last, titleLabel);
    if (!title.equals(shownTitle)) {
      terminals.keepTitle();
      terminal.writer().write(WindowTitle.set(title));
      shownTitle = title;
    }
  }

  private void redraw() {
    size = null;
    draw();
  }

  private void draw() {
    if (last == null) {
      return;
    }
    Size now = terminal.getSize();
    int rows = now.getRows() > 0 ? now.getRows() : 24;
    int cols = now.getColumns() > 0 ? now.getColumns() : 80;
    if (size == null || size.getRows() != rows || size.getColumns() != cols) {
      display.clear();
      display.resize(rows, cols);
      terminal.puts(Capability.clear_screen);
      size = new Size(cols, rows);
    }
    showTitle();
    List<String> lines = screen.lines(last, cols, rows, prompt);
    frames.accept(lines);
    display.updateAnsi(lines, -1);
    terminal.flush();
  }
}
