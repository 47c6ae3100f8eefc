package dev.knots.terminal;

import dev.knots.session.Command;
import dev.knots.session.CountdownEvent;
import dev.knots.session.PhaseKind;
import dev.knots.session.QuitAnswer;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionView;
import dev.knots.session.Snapshot;
import dev.knots.session.StopReason;
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
  private final boolean sound;
  private final Voice voice;
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
    this.terminals = terminals;
    this.keys = keys;
    this.terminal = terminals.terminal();
    this.display = new Display(terminal, true);
    boolean unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
    this.screen = new CountdownScreen(title, color, unicode);
    this.sound = sound;
    this.voice = voice;
    this.after = after;
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
    if (event.type() == CountdownEvent.Type.PHASE_STARTED) {
      if (sound) {
        terminal.puts(Capability.bell);
      }
      if (voice != null) {
        voice.say(
            event.phase().kind() == PhaseKind.SWITCH_SIDES
                ? "Switch sides."
                : event.phase().step().name()
                    + CountdownScreen.sideLabel(event.phase()).replace(" - ", ", ")
                    + ". "
                    + event.phase().step().cue());
      }
    } else if (event.type() == CountdownEvent.Type.WARNING && sound) {
      // soft: a visible flash where the terminal has one, never a second beep
      terminal.puts(Capability.flash_screen);
    }
  }

  @Override
  public Optional<Command> awaitCommand(long timeoutNanos) throws InterruptedException {
    Optional<Key> key = keys.poll(timeoutNanos);
    Optional<Command> command = key.flatMap(Key::commandIfAny);
    if (command.isPresent() && command.get() == Command.REDRAW) {
      size = null;
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
    } catch (RuntimeException | java.io.IOError e) {
      return 79;
    }
  }

  /** Tests see every frame as drawn, since the terminal only receives what changed. */
  void onFrame(Consumer<List<String>> listener) {
    frames = listener;
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
    List<String> lines = screen.lines(last, cols, rows, prompt);
    frames.accept(lines);
    display.updateAnsi(lines, -1);
    terminal.flush();
  }
}
