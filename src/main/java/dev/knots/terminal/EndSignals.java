package dev.knots.terminal;

import org.jline.utils.Signals;

/**
 * SIGTERM and SIGHUP during a countdown end the session as Ctrl-C does (terminal restored, screen
 * left, the session recorded as interrupted) instead of killing it as "unexpected"; the exit code
 * then says which signal it was (143, 129). A second one exits at once.
 */
public final class EndSignals implements AutoCloseable {
  private static final String[] NAMES = {"TERM", "HUP"};
  private static volatile int received;

  private final Object[] previous = new Object[NAMES.length];

  /** Registers the handlers; {@code interrupt} ends the session the normal way. */
  public EndSignals(Runnable interrupt, Runnable restore) {
    for (int i = 0; i < NAMES.length; i++) {
      previous[i] = Signals.register(NAMES[i], new Handler(NAMES[i], interrupt, restore));
    }
  }

  /** 128 + the signal that ended the session, or 0 when none did. */
  public static int exitCode() {
    int n = received;
    return n == 0 ? 0 : 128 + n;
  }

  @Override
  public void close() {
    for (int i = 0; i < NAMES.length; i++) {
      if (previous[i] != null) {
        Signals.unregister(NAMES[i], previous[i]);
      }
    }
  }

  /** A class, not a lambda: see the start-up notes in KnotsCli. */
  private static final class Handler implements Runnable {
    private final int number;
    private final Runnable interrupt;
    private final Runnable restore;

    Handler(String name, Runnable interrupt, Runnable restore) {
      this.number = name.equals("TERM") ? 15 : 1;
      this.interrupt = interrupt;
      this.restore = restore;
    }

    @Override
    public void run() {
      if (received != 0) {
        restore.run();
        Runtime.getRuntime().halt(128 + received);
      }
      received = number;
      interrupt.run();
    }
  }
}
