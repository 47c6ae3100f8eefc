package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.time.Instant;

/** A child JVM for {@link KillTest}: records sessions, says so, then waits to be killed. */
public final class KilledSessionChild {
  private KilledSessionChild() {}

  public static void main(String[] args) throws InterruptedException {
    HistoryStore store = HistoryStore.open(Path.of(args[0]));
    Instant at = Instant.parse("2026-11-20T08:00:00Z");
    long done = store.sessionStarted(Fixtures.start(Area.CALVES, at, 5));
    store.sessionEnded(done, Fixtures.completed(3));
    store.sessionStarted(Fixtures.start(Area.CALVES, at.plusSeconds(3600), 4));
    System.out.println("started");
    System.out.flush();
    // the session "runs" until the parent kills this JVM with SIGKILL
    Thread.sleep(60_000);
  }
}
