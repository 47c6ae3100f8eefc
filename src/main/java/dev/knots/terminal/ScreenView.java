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
   * Enter; false when the person quits instead (q, Esc or Ctrl-C).
   */
  public boolean waitForStart(List<String> intro) throws InterruptedException {
    List<String> lines = new ArrayList<>();
    for (String line : intro) {
      Size now = terminal.getSize();
      int cols = now.getColumns() > 0 ? now.getColumns() : 80;
      for (String wrapped : Text.wrap(line, Math.max(10, cols - 2))) {
        lines.add(" " + wrapped);
      }
      if (line.isBlank()) {
        lines.add("");
      }
    }
    lines.add("");
    lines.add(" Press space to start, q to cancel.");
    int rows = Math.max(1, terminal.getSize().getRows());
    display.resize(rows, Math.max(1, terminal.getSize().getColumns()));
    display.updateAnsi(
        lines.size() > rows ? lines.subList(lines.size() - rows, lines.size()) : lines, -1);
    terminal.flush();
    while (true) {
      Optional<Key> key = keys.poll(Long.MAX_VALUE);
      if (key.isEmpty()) {
        continue;
      }
      int ch = key.get().ch();
      if (ch == ' ' || ch == '\r' || ch == '\n') {
        display.clear();
        terminal.puts(Capability.clear_screen);
        size = null;
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
    terminals.close();
    for (String line : afterwords) {
      after.println(line);
    }
    after.flush();
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
