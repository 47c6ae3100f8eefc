package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
  @TempDir Path home;

  @Test
  void should_wait_until_the_background_thread_has_done_what_it_was_given() throws Exception {
    AppContext context = CliRun.silentContext(home);
    Thread main = Thread.currentThread();
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    context
        .background()
        .execute(
            () -> {
              try {
                release.await();
                done.set(true);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    // the task ends only once this thread is blocked in awaitBackground
    Thread releaser =
        new Thread(
            () -> {
              long giveUp = System.nanoTime() + 5_000_000_000L; // a broken wait fails, not hangs
              while (main.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
              }
              release.countDown();
            });
    releaser.start();

    context.awaitBackground();

    assertThat(done).isTrue();
    releaser.join();
  }

  @Test
  void should_return_at_once_when_nothing_was_given_to_the_background_thread() {
    AppContext context = CliRun.silentContext(home);

    context.awaitBackground(); // no thread was ever started: nothing to wait for

    assertThat(context.verbose()).isFalse();
  }
}
