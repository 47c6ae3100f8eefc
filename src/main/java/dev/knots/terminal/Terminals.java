package dev.knots.terminal;

import dev.knots.session.Command;
import java.io.IOError;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The interactive terminal's life cycle (the terminal itself found and opened by {@link
 * SystemTerminal}): in raw mode for single keys, and put back as it was (cooked mode, echo, cursor,
 * main screen) on every way out - normal end, q, Ctrl-C twice, an exception, SIGTERM (a shutdown
 * hook) - and set up again after Ctrl-Z and fg.
 */
public final class Terminals implements AutoCloseable {
  /** Time for the countdown to take the pause (and draw it) before the process stops. */
  private static final long HOLD_SETTLE_MILLIS = 100;

  private final Terminal terminal;
  private final boolean fullScreen;
  private final Runnable onSecondInterrupt;
  private final Attributes original;
  private final KeyInput keys;
  private final AtomicBoolean restored = new AtomicBoolean();
  private final AtomicInteger interrupts = new AtomicInteger();
  private final Thread shutdownHook;
  private final EndSignals endSignals;
  private Attributes raw;

  /** Whether the window title was saved on the terminal's title stack (to restore it). */
  private volatile boolean titleKept;

  private Terminals(Terminal terminal, boolean fullScreen, Runnable onSecondInterrupt) {
    this.terminal = terminal;
    this.fullScreen = fullScreen;
    this.onSecondInterrupt = onSecondInterrupt;
    this.original = terminal.getAttributes();
    this.shutdownHook = new Thread(this::restore, "knots-restore-terminal");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    terminal.handle(Terminal.Signal.INT, s -> interrupted());
    terminal.handle(Terminal.Signal.WINCH, s -> pushRedraw());
    terminal.handle(Terminal.Signal.TSTP, s -> suspend());
    terminal.handle(Terminal.Signal.CONT, s -> resume());
    setUp();
    this.keys = new KeyInput(terminal.reader());
    this.endSignals = new EndSignals(() -> keys.push(Command.INTERRUPT), this::restore);
  }

  /**
   * Opens the process's own terminal, without helper processes (JNI only, no exec provider), and
   * takes it over. A second Ctrl-C restores it and exits with 130 at once.
   */
  public static Terminals openSystem(boolean fullScreen) throws IOException {
    // plain mode draws nothing through the terminal; a named type keeps TERM=dumb from
    // costing the single keys
    Terminal terminal = SystemTerminal.open(fullScreen ? null : "ansi");
    boolean dumbType =
        Terminal.TYPE_DUMB.equals(terminal.getType())
            || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    // plain mode only needs single keys, which a real tty gives whatever TERM says
    if (terminal instanceof DumbTerminal || (fullScreen && dumbType)) {
      terminal.close();
      throw new IOException("no terminal that can be driven (dumb or unsupported)");
    }
    Terminals[] self = new Terminals[1];
    self[0] =
        new Terminals(
            terminal,
            fullScreen,
            () -> {
              self[0].restore();
              Runtime.getRuntime().halt(130);
            });
    return self[0];
  }

  /** Takes over a terminal built elsewhere (tests: one over in-memory streams). */
  public static Terminals over(Terminal terminal, boolean fullScreen, Runnable onSecondInterrupt) {
    return new Terminals(terminal, fullScreen, onSecondInterrupt);
  }

  public Terminal terminal() {
    return terminal;
  }

  public KeySource keys() {
    return keys;
  }

  public boolean fullScreen() {
    return fullScreen;
  }

  /**
   * Saves the window title on the terminal's title stack (once), so that every way out - the end,
   * q, Ctrl-C, Ctrl-Z, a signal - gives the person's own title back.
   */
  public void keepTitle() {
    if (!titleKept) {
      titleKept = true;
      terminal.writer().write(WindowTitle.SAVE);
    }
  }

  /** Puts the terminal back as it was; safe to call more than once and from any thread. */
  public void restore() {
    if (!restored.compareAndSet(false, true)) {
      return;
    }
    try {
      tearDown();
    } catch (RuntimeException | IOError e) {
      // the terminal is gone (hung up) or not ours any more: nothing left to put back
    }
    keys.close();
    if (endSignals != null) {
      endSignals.close();
    }
    try {
      terminal.close();
    } catch (IOException e) {
      // closing is best effort: the attributes are already back
    }
  }

  @Override
  public void close() {
    restore();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs restore, which is idempotent
    }
  }

  private void setUp() {
    terminal.enterRawMode();
    raw = terminal.getAttributes();
    if (fullScreen) {
      enterFullScreen();
    }
    terminal.flush();
  }

  /** The alternate screen, keypad keys, no cursor, a clear screen: at the start and after fg. */
  private void enterFullScreen() {
    terminal.puts(Capability.enter_ca_mode);
    terminal.puts(Capability.keypad_xmit);
    terminal.puts(Capability.cursor_invisible);
    terminal.puts(Capability.clear_screen);
  }

  /** Gives the terminal back (screen, cursor, modes) without closing it. */
  void tearDown() {
    if (titleKept) {
      terminal.writer().write(WindowTitle.RESTORE);
    }
    if (fullScreen) {
      terminal.puts(Capability.keypad_local);
      terminal.puts(Capability.cursor_normal);
      terminal.puts(Capability.exit_ca_mode);
    }
    terminal.setAttributes(original);
    terminal.flush();
  }

  private void interrupted() {
    if (interrupts.incrementAndGet() == 1) {
      if (keys != null) {
        keys.push(Command.INTERRUPT);
      }
    } else {
      onSecondInterrupt.run();
    }
  }

  private void pushRedraw() {
    if (keys != null) {
      keys.push(Command.REDRAW);
    }
  }

  /** Ctrl-Z: give the shell its terminal back, then stop as the shell expects. */
  private void suspend() {
    if (restored.get()) {
      return;
    }
    if (keys != null) {
      // paused now, not when the shell gives the terminal back: the clock must not run meanwhile
      keys.push(Command.HOLD);
      try {
        Thread.sleep(HOLD_SETTLE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    tearDown();
    // the shell has its title back; the next title drawn saves it again (no race with fg)
    titleKept = false;
    try {
      new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
          .start()
          .waitFor();
    } catch (IOException e) {
      resume();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** fg: take the terminal over again and draw everything. */
  private void resume() {
    if (restored.get()) {
      return;
    }
    terminal.setAttributes(raw);
    if (fullScreen) {
      enterFullScreen();
    }
    terminal.flush();
    // the steps must not go on without the person: back paused, led in again on resume
    if (keys != null) {
      keys.push(Command.HOLD);
    }
    pushRedraw();
  }
}
