package dev.knots.terminal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Keys at set times on a test clock. Each scripted action (typing bytes into the terminal, resizing
 * it) runs when the runner waits past its time; the key then comes through the real decoder and
 * queue. Waiting otherwise only moves the clock, so a ten-minute routine takes milliseconds.
 */
final class ScriptedKeys implements KeySource {
  /** Something done to the terminal at a time. */
  interface Action {
    void run() throws Exception;
  }

  private record Step(long atNanos, Action action, boolean yieldsKey) {}

  private final TestClock clock;
  private final KeySource real;
  private final long origin;
  private final Deque<Step> script = new ArrayDeque<>();

  ScriptedKeys(TestClock clock, KeySource real) {
    this.clock = clock;
    this.real = real;
    this.origin = clock.nanoTime();
  }

  /** Does this at so many seconds after the start; the action must produce one key. */
  ScriptedKeys at(double seconds, Action action) {
    script.add(new Step(origin + (long) (seconds * 1e9), action, true));
    return this;
  }

  @Override
  public Optional<Key> poll(long timeoutNanos) throws InterruptedException {
    Step next = script.peek();
    long now = clock.nanoTime();
    if (next != null && (timeoutNanos == Long.MAX_VALUE || next.atNanos() <= now + timeoutNanos)) {
      script.poll();
      clock.advance(Math.max(0, next.atNanos() - now));
      try {
        next.action().run();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      Optional<Key> key = real.poll(TimeUnit.SECONDS.toNanos(5));
      if (key.isEmpty()) {
        throw new AssertionError("the scripted key did not arrive");
      }
      return key;
    }
    if (timeoutNanos == Long.MAX_VALUE) {
      throw new AssertionError("waiting for a key the script does not press");
    }
    clock.advance(timeoutNanos);
    return Optional.empty();
  }
}
