import dev.knots.body.Area;
import dev.knots.history.Ending;
import dev.knots.history.HistoryStore;
import dev.knots.history.SessionEnd;
import dev.knots.history.SessionStart;
import dev.knots.history.TriageRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a history with generated sessions through the real store: one a day for N days back from
 * now, over a few areas, pain slowly coming down with noise, some stops and quits, and a triage
 * run every two weeks. Usage: java -cp target/knots.jar bench/GenerateHistory.java STATE_DIR DAYS
 */
public class GenerateHistory {
  public static void main(String[] args) {
    Path state = Path.of(args[0]);
    int days = Integer.parseInt(args[1]);
    Random random = new Random(42);
    Area[] areas = {Area.LOWER_BACK, Area.NECK, Area.CALVES, Area.SHOULDERS};
    Instant now = Instant.now();
    try (HistoryStore store = HistoryStore.open(state)) {
      for (int d = days; d >= 1; d--) {
        Instant at = now.minus(Duration.ofDays(d)).plusSeconds(random.nextInt(3600));
        Area area = areas[d % areas.length];
        int before = Math.max(0, Math.min(10, 2 + d * 5 / Math.max(days, 1) + random.nextInt(3)));
        long id =
            store.sessionStarted(
                new SessionStart(
                    area, "basic-" + area.id(), "bundled", at, "SELF_CARE", List.of(), List.of(),
                    before));
        int roll = random.nextInt(20);
        Ending ending = roll == 0 ? Ending.STOPPED : roll == 1 ? Ending.QUIT : Ending.COMPLETED;
        store.sessionEnded(
            id,
            new SessionEnd(
                ending == Ending.COMPLETED ? 8 : 3,
                random.nextInt(2),
                ending == Ending.COMPLETED ? 600 : 200,
                ending,
                Math.max(0, before - 1 - random.nextInt(2)),
                ending == Ending.STOPPED,
                ending == Ending.STOPPED ? "sharp pain" : null));
        if (d % 14 == 0) {
          store.triageRecorded(
              new TriageRecord(
                  area, at.minusSeconds(60), d % 28 == 0 ? "SOON" : "SELF_CARE",
                  d % 28 == 0 ? List.of("not-improving") : List.of(),
                  Map.of("emergency", "none", "pain", Integer.toString(before))));
        }
      }
    }
  }
}
