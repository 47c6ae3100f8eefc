package dev.knots.session;

/** A clock the test moves by hand. */
final class FakeTicker implements Ticker {
  private long now = 123_456_789L;

  @Override
  public long nanoTime() {
    return now;
  }

  void advanceNanos(long nanos) {
    now += nanos;
  }

  void advanceMillis(long millis) {
    now += millis * 1_000_000L;
  }

  void advanceSeconds(long seconds) {
    now += seconds * Countdown.SECOND;
  }
}
