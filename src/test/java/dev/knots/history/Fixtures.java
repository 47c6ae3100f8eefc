package dev.knots.history;

import dev.knots.body.Area;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for records in tests. */
final class Fixtures {
  private Fixtures() {}

  static SessionStart start(Area area, Instant at, Integer pain) {
    return new SessionStart(
        area, "basic", "bundled", at, "SELF_CARE", List.of(), List.of("blood-thinners"), pain);
  }

  static SessionEnd completed(Integer painAfter) {
    return new SessionEnd(6, 1, 600, Ending.COMPLETED, painAfter, false, null);
  }

  static TriageRecord triage(Area area, Instant at, String level, String... fired) {
    return new TriageRecord(
        area, at, level, List.of(fired), Map.of("emergency", "none", "pain", "5"));
  }

  /** Owners where every other process is dead, as after a crash. */
  static Owners allOthersDead() {
    return new Owners() {
      @Override
      public long currentPid() {
        return 4242;
      }

      @Override
      public Long currentStart() {
        return 1L;
      }

      @Override
      public boolean alive(long pid, Long start) {
        return false;
      }
    };
  }
}
