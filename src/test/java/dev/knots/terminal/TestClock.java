package dev.knots.terminal;

import dev.knots.session.Ticker;

/** A clock the test moves by hand. */
final class TestClock implements Ticker {
  private long now = 1_000_000_000L;

  @Override
  public long nanoTime() {
    return now;
  }

  void advance(long nanos) {
    now += nanos;
  }
}
