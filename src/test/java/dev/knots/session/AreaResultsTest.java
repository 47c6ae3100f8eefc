package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;

/** A combined session as one history row per area: the rows add up to the session. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AreaResultsTest {
  @Property
  void should_share_the_steps_and_the_time_so_that_the_rows_add_up(
      @ForAll @IntRange(min = 0, max = 13) int done,
      @ForAll @IntRange(min = 0, max = 3600) int seconds) {
    CombinedRoutine combined =
        TimeSplit.combine(
            List.of(
                new AreaShare(Area.CALVES, TimeSplitTest.routine(Area.CALVES), 3, "x"),
                new AreaShare(Area.QUADS, TimeSplitTest.routine(Area.QUADS), 2, "x")),
            10);
    SessionPlan plan = SessionPlan.of(combined.routine());
    int total = plan.stepsToRun().size();
    int stepsDone = Math.min(done, total);
    SessionResult whole = new SessionResult(stepsDone, 0, total, seconds, Ending.QUIT, null);

    Map<Area, SessionResult> rows = AreaResults.split(plan, combined.stepAreas(), whole);

    assertThat(rows.keySet()).containsExactly(Area.CALVES, Area.QUADS);
    assertThat(rows.values().stream().mapToLong(SessionResult::elapsedSeconds).sum())
        .isEqualTo(seconds);
    assertThat(rows.values().stream().mapToInt(SessionResult::stepsDone).sum())
        .isEqualTo(stepsDone);
    assertThat(rows.values().stream().mapToInt(SessionResult::stepsTotal).sum()).isEqualTo(total);
  }
}
