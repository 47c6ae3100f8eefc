package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryOpeningTest {
  @TempDir Path state;

  @Test
  void should_wait_for_the_store_and_pass_the_failure_on_when_the_step_between_fails() {
    CompletableFuture<SafeHistory> opening = new CompletableFuture<>();
    // the store arrives from another thread while the failing step is being handled
    Thread opener =
        new Thread(() -> opening.complete(HistoryStore.openOrWarn(state, warning -> {})));

    assertThatThrownBy(
            () ->
                new HistoryOpening(opening)
                    .orClose(
                        () -> {
                          opener.start();
                          throw new IllegalStateException("no terminal");
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no terminal");
    assertThat(opening).isDone();
  }

  @Test
  void should_give_the_step_result_and_leave_the_store_to_its_taker() throws Exception {
    SafeHistory store = HistoryStore.openOrWarn(state, warning -> {});
    CompletableFuture<SafeHistory> opening = CompletableFuture.completedFuture(store);

    HistoryOpening taking = new HistoryOpening(opening);

    assertThat(taking.orClose(() -> "screen")).isEqualTo("screen");
    try (SafeHistory taken = taking.join()) {
      assertThat(taken).isSameAs(store);
    }
  }

  @Test
  void should_throw_what_failed_on_the_background_thread_when_the_store_is_taken() {
    FutureTask<SafeHistory> failing =
        new FutureTask<>(
            () -> {
              throw new IllegalStateException("the state folder is gone");
            });
    failing.run();

    assertThatThrownBy(() -> new HistoryOpening(failing).join())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the state folder is gone");
  }
}
