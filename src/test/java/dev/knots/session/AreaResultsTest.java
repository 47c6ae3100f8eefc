package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A combined session as one history row per area: the rows add up to the session. */
class AreaResultsTest {
  private static CombinedRoutine calvesAndQuads() {
    return TimeSplit.combine(
        List.of(
            new AreaShare(Area.CALVES, TimeSplitTest.routine(Area.CALVES), 3, "x"),
            new AreaShare(Area.QUADS, TimeSplitTest.routine(Area.QUADS), 2, "x")),
        10,
        Phases.DEFAULT_LEAD_IN);
  }

  @Property
  void should_share_the_steps_and_the_time_so_that_the_rows_add_up(
      @ForAll @IntRange(min = 0, max = 13) int done,
      @ForAll @IntRange(min = 0, max = 3600) int seconds) {
    CombinedRoutine combined = calvesAndQuads();
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

  @Property
  void should_reach_an_area_exactly_when_one_of_its_steps_began(
      @ForAll @IntRange(min = 0, max = 13) int done) {
    CombinedRoutine combined = calvesAndQuads();
    SessionPlan plan = SessionPlan.of(combined.routine());
    List<Area> stepAreas = combined.stepAreas();
    int total = plan.stepsToRun().size();
    int stepsDone = Math.min(done, total);
    SessionResult whole = new SessionResult(stepsDone, 0, total, 60, Ending.QUIT, null);

    List<Area> reached = AreaResults.reached(plan, stepAreas, whole);

    // the steps done and the one running when it ended (none after the last)
    List<Area> begun = stepAreas.subList(0, Math.min(stepsDone + 1, total));
    assertThat(reached).containsExactlyElementsOf(begun.stream().distinct().toList());
    assertThat(reached).isNotEmpty();
  }
}
