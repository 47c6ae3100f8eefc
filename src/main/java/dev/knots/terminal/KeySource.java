package dev.knots.terminal;

import java.util.Optional;

/** Where keys come from: a raw terminal, or nowhere (plain mode without a terminal on stdin). */
public interface KeySource {
  /** The next key, waiting at most this long; empty when the time ran out. */
  Optional<Key> poll(long timeoutNanos) throws InterruptedException;

  /**
   * No keys at all: only waits. End of input on stdin must not end a session, so stdin is never
   * read.
   */
  static KeySource none() {
    return timeoutNanos -> {
      if (timeoutNanos > 0) {
        Thread.sleep(timeoutNanos / 1_000_000L, (int) (timeoutNanos % 1_000_000L));
      }
      return Optional.empty();
    };
  }
}
