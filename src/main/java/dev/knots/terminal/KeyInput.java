package dev.knots.terminal;

import dev.knots.session.Command;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.utils.NonBlockingReader;

/**
 * Keys from a raw JLine terminal, read by one daemon thread into a queue that signals (resize,
 * Ctrl-C, return from the background) can join.
 */
final class KeyInput implements KeySource {
  private final LinkedBlockingQueue<Key> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;

  KeyInput(NonBlockingReader reader) {
    thread =
        new Thread(
            () -> {
              try {
                while (!closed) {
                  Key key = KeyDecoder.next(reader::read);
                  if (key == null) {
                    return;
                  }
                  queue.add(key);
                }
              } catch (IOException e) {
                // the terminal was closed under the reader: nothing more to read
              }
            },
            "knots-keys");
    thread.setDaemon(true);
    thread.start();
  }

  void push(Command command) {
    queue.add(Key.of(command));
  }

  @Override
  public Optional<Key> poll(long timeoutNanos) throws InterruptedException {
    return Optional.ofNullable(queue.poll(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS));
  }

  void close() {
    closed = true;
    thread.interrupt();
  }
}
