package dev.knots.terminal;

import dev.knots.platform.CachedLibrary;
import dev.knots.session.Command;
import java.io.IOError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.OSUtils;
import org.jline.utils.Signals;

/**
 * The interactive terminal: opened in raw mode for single keys, and put back as it was (cooked
 * mode, echo, cursor, main screen) on every way out - normal end, q, Ctrl-C twice, an exception,
 * SIGTERM (a shutdown hook) - and set up again after Ctrl-Z and fg.
 */
public final class Terminals implements AutoCloseable {
  private static final String NATIVE_PATH = "library.jline.path";

  /** Time for the countdown to take the pause (and draw it) before the process stops. */
  private static final long HOLD_SETTLE_MILLIS = 100;

  /** Where JLine's native library is kept; null: where JLine puts it (the temp folder). */
  private static volatile Path nativeLibraryCache;

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
    Terminal terminal = system(fullScreen ? null : "ansi");
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

  /**
   * The process's terminal through JNI alone: no exec provider, so JLine starts no helper processes
   * ({@code test -t}, {@code tty}, {@code infocmp}). {@code type} null means TERM.
   */
  public static Terminal system(String type) throws IOException {
    if (nativeLibraryCache != null) {
      useCachedNativeLibrary(nativeLibraryCache);
    }
    TerminalBuilder builder =
        TerminalBuilder.builder()
            .system(true)
            .jni(true)
            .exec(false)
            .jna(false)
            .jansi(false)
            .ffm(false)
            .dumb(true)
            .nativeSignals(true)
            .type(type);
    Terminal quick = quick(builder);
    if (quick != null) {
      return quick;
    }
    useBundledCapabilities(type != null ? type : System.getenv("TERM"));
    return builder.build();
  }

  /**
   * The common case - a POSIX terminal on stdin and stdout or stderr - opened as the builder would,
   * through a JNI provider that reads bundled capabilities faster ({@link Capabilities}); null for
   * every other case and on any failure, which the builder then handles as it always did (dumb
   * types and streams, Windows, its fallbacks).
   */
  private static Terminal quick(TerminalBuilder builder) {
    String type = builder.computeType();
    if (OSUtils.IS_WINDOWS
        || type == null
        || type.startsWith(Terminal.TYPE_DUMB)
        || !Capabilities.isBundled(type)) {
      return null;
    }
    QuickCapabilitiesProvider provider;
    try {
      provider = new QuickCapabilitiesProvider();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
    SystemStream output =
        provider.isSystemStream(SystemStream.Output)
            ? SystemStream.Output
            : provider.isSystemStream(SystemStream.Error) ? SystemStream.Error : null;
    if (output == null || !provider.isSystemStream(SystemStream.Input)) {
      return null;
    }
    try {
      return provider.sysTerminal(
          "JLine terminal",
          type,
          false,
          builder.computeEncoding(),
          builder.computeStdinEncoding(),
          output == SystemStream.Output
              ? builder.computeStdoutEncoding()
              : builder.computeStderrEncoding(),
          true,
          Terminal.SignalHandler.SIG_DFL,
          false,
          output);
    } catch (IOException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * Keeps JLine's native library in this cache folder (see {@link #useCachedNativeLibrary}) from
   * the next terminal opened on. JLine itself starts on the main thread, when the terminal opens:
   * started early on the background thread, it delayed SQLite's start there, and a session's first
   * question waited for the slower of the two (20-30 ms more).
   */
  public static void keepNativeLibraryIn(Path cacheDir) {
    nativeLibraryCache = cacheDir;
  }

  /**
   * Points JLine at a copy of its native library in the cache folder: by default it unpacks one
   * into the temp folder on every start, and a run ended by Ctrl-C left it there (hundreds of files
   * after a few days of use).
   */
  static void useCachedNativeLibrary(Path cacheDir) {
    if (System.getProperty(NATIVE_PATH) != null) {
      return;
    }
    // the name JLine's loader looks for (it ships .jnilib files for macOS)
    String name = System.mapLibraryName("jlinenative").replace(".dylib", ".jnilib");
    Path dir =
        CachedLibrary.folder(
            cacheDir,
            "jline-native",
            JLineNativeLoader.getVersion(),
            name,
            () ->
                JLineNativeLoader.class.getResource(
                    "/org/jline/nativ/"
                        + OSInfo.getNativeLibFolderPathForCurrentOS()
                        + "/"
                        + name));
    if (dir != null) {
      System.setProperty(NATIVE_PATH, dir.toString());
      // where its clean-up looks for copies left behind: this folder, not the whole temp folder
      System.setProperty("jline.tmpdir", dir.toString());
    }
  }

  /**
   * JLine asks {@code infocmp} for the capabilities of every terminal type, even without its exec
   * provider: a child process and about 60 ms before the first screen. For the types JLine ships
   * (xterm, xterm-256color, screen, rxvt, ansi...) its own copy is used instead; other types still
   * ask infocmp, which knows them.
   */
  static void useBundledCapabilities(String type) {
    if (type == null || type.isEmpty() || InfoCmp.getLoadedInfoCmp(type) != null) {
      return;
    }
    String bundled = InfoCmp.getDefaultInfoCmp(type);
    if (bundled != null) {
      InfoCmp.setLoadedInfoCmp(type, bundled);
    }
  }

  /**
   * For the class-data training run, which has no terminal: searches for the system terminal as
   * {@link #system} does (finding none, it gets a dumb one and closes it), so the archive holds the
   * lambdas an interactive run links (about 25 classes a session otherwise generated at run time),
   * and reads the type's capabilities as a real terminal does. Never call it with a terminal on
   * stdin: it would open it.
   */
  public static void rehearse(String type, Path cacheDir) {
    keepNativeLibraryIn(cacheDir);
    String bundled = Capabilities.bundled(type);
    if (bundled != null) {
      Capabilities.parse(bundled, new HashSet<>(), new HashMap<>(), new HashMap<>());
    }
    // a terminal's signal handlers: JLine's lambdas and the JDK's signal classes
    Signals.unregister("WINCH", Signals.register("WINCH", () -> {}));
    Signals.unregister("WINCH", Signals.registerDefault("WINCH"));
    try {
      system(type).close();
    } catch (IOException | RuntimeException | IOError e) {
      // nothing to rehearse here: the archive is only a little less complete
    }
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
      terminal.puts(Capability.enter_ca_mode);
      terminal.puts(Capability.keypad_xmit);
      terminal.puts(Capability.cursor_invisible);
      terminal.puts(Capability.clear_screen);
    }
    terminal.flush();
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
      terminal.puts(Capability.enter_ca_mode);
      terminal.puts(Capability.keypad_xmit);
      terminal.puts(Capability.cursor_invisible);
      terminal.puts(Capability.clear_screen);
    }
    terminal.flush();
    // the steps must not go on without the person: back paused, led in again on resume
    if (keys != null) {
      keys.push(Command.HOLD);
    }
    pushRedraw();
  }
}
