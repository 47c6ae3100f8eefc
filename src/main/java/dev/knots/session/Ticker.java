package dev.knots.session;

/** A monotonic clock in nanoseconds; the real one lives outside this pure package. */
@FunctionalInterface
public interface Ticker {
  /** Nanoseconds from an arbitrary origin; only differences mean anything. */
  long nanoTime();
}
