package dev.knots.history;

import java.time.Instant;
import java.util.Optional;

/**
 * Tells whether the process that started a session still runs, so an open store marks only the
 * sessions of dead processes as ended unexpectedly, never a concurrent one that is still running.
 */
interface Owners {
  long currentPid();

  /** When this process started, in epoch milliseconds, or null if the platform does not say. */
  Long currentStart();

  boolean alive(long pid, Long start);

  /** The real processes of this machine. */
  static Owners system() {
    return new Owners() {
      @Override
      public long currentPid() {
        return ProcessHandle.current().pid();
      }

      @Override
      public Long currentStart() {
        return startOf(ProcessHandle.current());
      }

      @Override
      public boolean alive(long pid, Long start) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
          return false;
        }
        // a reused pid belongs to a different process: compare start times when both are known
        Long actual = startOf(handle.get());
        return start == null || actual == null || actual.equals(start);
      }

      private Long startOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(null);
      }
    };
  }
}
