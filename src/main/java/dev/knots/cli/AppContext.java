package dev.knots.cli;

import dev.knots.config.KnotsPaths;
import dev.knots.platform.LibraryCache;
import dev.knots.terminal.ColorPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What every command may use: the console, the file locations and the global options in force. */
public final class AppContext {
  private final Console console;
  private final KnotsPaths paths;
  private ColorPolicy.Choice colorChoice = ColorPolicy.Choice.AUTO;
  private boolean verbose;
  private ExecutorService background;
  private LibraryCache.Choice libraryCache;

  /** Null until asked: the system zone is looked up only by a command that reads the time. */
  private Clock clock;

  public AppContext(Console console, KnotsPaths paths) {
    this.console = Objects.requireNonNull(console);
    this.paths = Objects.requireNonNull(paths);
  }

  /** The context of a real run: paths from the environment and the user's home. */
  public static AppContext of(Console console) {
    Path home = Path.of(System.getProperty("user.home", "."));
    KnotsPaths paths =
        KnotsPaths.resolve(
            console.env(), System.getProperty("os.name"), home, console.workingDir());
    return new AppContext(console, paths);
  }

  public Console console() {
    return console;
  }

  public KnotsPaths paths() {
    return paths;
  }

  /**
   * Where native libraries are kept: the cache folder when it is private to this user, else a
   * private temporary folder (one warning, the first time this is asked); null when neither can be
   * had (the libraries then unpack themselves as usual).
   */
  public synchronized Path libraryCache() {
    if (libraryCache == null) {
      libraryCache = LibraryCache.choose(paths.cache());
      if (libraryCache.warning() != null) {
        warn(libraryCache.warning());
      }
    }
    return libraryCache.dir();
  }

  /**
   * One thread beside the main one, for start-up work that can overlap it (SQLite, JLine, opening
   * the store). Its tasks run one after the other, in the order given: on two cores, more threads
   * only slowed the main one down (picocli took twice as long). Daemon: never holds up an exit.
   */
  public synchronized Executor background() {
    if (background == null) {
      // one thread at most, gone after a second idle (tests make many contexts)
      background =
          new ThreadPoolExecutor(
              0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DaemonThread());
    }
    return background;
  }

  /** A class, not a lambda: see {@link KnotsCli#run(String[], AppContext)}. */
  private static final class DaemonThread implements ThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "knots-background");
      thread.setDaemon(true);
      return thread;
    }
  }

  /**
   * Waits, a few seconds at most, until the background thread has done what it was given: a run
   * that ends early (a usage error) must not return while SQLite's start still writes its library
   * into the cache folder or the store its file.
   */
  public void awaitBackground() {
    ExecutorService executor;
    synchronized (this) {
      executor = background;
    }
    if (executor == null) {
      return;
    }
    try {
      // one thread, tasks in order: when this one runs, every earlier one has finished
      executor.submit(() -> {}).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      // waited long enough: the thread is a daemon and ends with the process
    }
  }

  /** One warning line on stderr; the run goes on. */
  public void warn(String message) {
    console.err().println("knots: " + message);
    console.err().flush();
  }

  /**
   * The time and zone the commands read: the system's in a real run, a fixed one in tests, so that
   * what depends on "now" and on the local day can be compared with golden files.
   */
  public Clock clock() {
    if (clock == null) {
      clock = Clock.systemDefaultZone();
    }
    return clock;
  }

  void clock(Clock value) {
    this.clock = Objects.requireNonNull(value);
  }

  public boolean verbose() {
    return verbose;
  }

  void verbose(boolean value) {
    this.verbose = value;
  }

  public ColorPolicy.Choice colorChoice() {
    return colorChoice;
  }

  void colorChoice(ColorPolicy.Choice choice) {
    this.colorChoice = Objects.requireNonNull(choice);
  }

  /** The colour decision for stdout. */
  public boolean color() {
    return ColorPolicy.useColor(colorChoice, console.env()::get, console.stdoutIsTerminal());
  }
}
