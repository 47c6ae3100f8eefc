package dev.knots.session;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A session over several areas as each area's share of it, for a history row per area (pure). The
 * countdown runs the steps in order, so the first steps done are the first steps that ran; the time
 * is shared by each area's planned time, so the rows add up to the session.
 */
public final class AreaResults {
  private AreaResults() {}

  /** Each area's steps done, skipped and seconds, in the plan's order of areas. */
  public static Map<Area, SessionResult> split(
      SessionPlan plan, List<Area> stepAreas, SessionResult whole) {
    List<Area> runOrder = new ArrayList<>();
    List<Long> runSeconds = new ArrayList<>();
    for (int i : runIndexes(plan)) {
      runOrder.add(stepAreas.get(i));
      runSeconds.add(plan.routine().steps().get(i).totalDuration().toSeconds());
    }
    long plannedTotal = runSeconds.stream().mapToLong(Long::longValue).sum();
    Map<Area, int[]> counts = new LinkedHashMap<>();
    Map<Area, Long> planned = new LinkedHashMap<>();
    stepAreas.stream().distinct().forEach(a -> counts.put(a, new int[3]));
    stepAreas.stream().distinct().forEach(a -> planned.put(a, 0L));
    for (int i = 0; i < runOrder.size(); i++) {
      int[] c = counts.get(runOrder.get(i));
      c[2]++;
      if (i < whole.stepsDone()) {
        c[0]++;
      } else if (i < whole.stepsDone() + whole.stepsSkipped()) {
        c[1]++;
      }
      planned.merge(runOrder.get(i), runSeconds.get(i), Long::sum);
    }
    Map<Area, SessionResult> results = new LinkedHashMap<>();
    long given = 0;
    long plannedSoFar = 0;
    for (Map.Entry<Area, int[]> e : counts.entrySet()) {
      plannedSoFar += planned.get(e.getKey());
      long upTo =
          plannedTotal == 0
              ? whole.elapsedSeconds()
              : Math.round((double) whole.elapsedSeconds() * plannedSoFar / plannedTotal);
      int[] c = e.getValue();
      results.put(
          e.getKey(),
          new SessionResult(c[0], c[1], c[2], upTo - given, whole.ending(), whole.stopReason()));
      given = upTo;
    }
    return results;
  }

  /**
   * The areas the session reached - a step done, skipped, or running when it ended - in the plan's
   * order of areas: the ones a pain rating after the session can be about.
   */
  public static List<Area> reached(SessionPlan plan, List<Area> stepAreas, SessionResult whole) {
    List<Integer> run = runIndexes(plan);
    int begun = Math.min(run.size(), whole.stepsDone() + whole.stepsSkipped() + 1);
    Set<Area> reached = new HashSet<>();
    for (int i : run.subList(0, begun)) {
      reached.add(stepAreas.get(i));
    }
    return stepAreas.stream().distinct().filter(reached::contains).toList();
  }

  /** The indexes of the routine's steps that the countdown runs, in order. */
  private static List<Integer> runIndexes(SessionPlan plan) {
    Set<Integer> left =
        plan.skipped().stream().map(SkippedStep::stepIndex).collect(Collectors.toSet());
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i < plan.routine().steps().size(); i++) {
      if (!left.contains(i)) {
        run.add(i);
      }
    }
    return run;
  }
}
