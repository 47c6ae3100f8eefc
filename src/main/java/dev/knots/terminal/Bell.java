package dev.knots.terminal;

import dev.knots.session.Ticker;

/**
 * Rings the terminal bell a number of times, a quarter of a second apart: bells written back to
 * back sound as one in most terminals, and two rings must be told from one.
 */
final class Bell {
  static final long GAP_NANOS = 250_000_000L;

  private final Ticker ticker;
  private int pending;
  private long nextAt;

  Bell(Ticker ticker) {
    this.ticker = ticker;
  }

  /** Queues this many rings; the first is due now. */
  void ring(int times) {
    if (times <= 0) {
      return;
    }
    if (pending == 0) {
      nextAt = ticker.nanoTime();
    }
    pending += times;
  }

  /** How many rings are due now (the caller writes them); the rest wait their turn. */
  int due() {
    if (pending == 0 || ticker.nanoTime() < nextAt) {
      return 0;
    }
    pending--;
    nextAt = ticker.nanoTime() + GAP_NANOS;
    return 1;
  }

  /** How long until the next ring, or Long.MAX_VALUE when none is queued. */
  long nanosUntilNext() {
    return pending == 0 ? Long.MAX_VALUE : Math.max(0, nextAt - ticker.nanoTime());
  }
}
