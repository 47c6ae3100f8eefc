package dev.knots.terminal;

import dev.knots.session.Command;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.utils.Signals;

/**
 * The only "key" when stdin is not a terminal: Ctrl-C (SIGINT) ends the session the normal way, so
 * the summary is printed and the partial session can be recorded; a second Ctrl-C exits at once.
 * stdin itself is never read, so its end cannot end a session.
 */
public final class InterruptKeys implements KeySource, AutoCloseable {
  private final LinkedBlockingQueue<Key> queue = new LinkedBlockingQueue<>();
  private final Object previous;
  private final EndSignals ends;

  public InterruptKeys() {
    previous =
        Signals.register(
            "INT",
            () -> {
              queue.add(Key.of(Command.INTERRUPT));
              // the next Ctrl-C gets the JVM's default: exit 130 at once
              Signals.registerDefault("INT");
            });
    ends = new EndSignals(() -> queue.add(Key.of(Command.INTERRUPT)), () -> {});
  }

  @Override
  public Optional<Key> poll(long timeoutNanos) throws InterruptedException {
    return Optional.ofNullable(queue.poll(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS));
  }

  @Override
  public void close() {
    ends.close();
    if (previous != null) {
      Signals.unregister("INT", previous);
    }
  }
}
