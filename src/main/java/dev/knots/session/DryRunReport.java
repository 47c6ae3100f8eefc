package dev.knots.session;

import dev.knots.platform.Json;
import dev.knots.routine.Durations;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.RestsOn;
import dev.knots.routine.Step;
import dev.knots.routine.StepText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code knots session --dry-run} prints: the plan after the safety check, every step with its
 * status, reasons, position, pressure and time, and the total (JSON names as cli.md v2).
 *
 * @param plan the plan after the safety check, or as written when there was no check
 * @param level the safety check's level ({@code SOON}, ...), or null when there was no check
 * @param allowed whether the safety check lets the session start
 * @param minutesAsked --minutes or the settings' default-minutes, or null
 * @param shortBy how much shorter than asked the limits of scaling left the routine
 * @param leadIn the settings' lead-in, for the steps without their own
 */
public record DryRunReport(
    LocatedRoutine located,
    StepPlan plan,
    String level,
    boolean allowed,
    Integer minutesAsked,
    Duration shortBy,
    Duration leadIn) {

  /** The plan as lines, then the total. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("\nPlan (dry run: nothing counted down or recorded): ")
        .append(plan.routine().name())
        .append(" (")
        .append(located.name())
        .append(")\n");
    if (!allowed) {
      out.append("No session would run: the safety check stopped it (see above).\n");
      return out.toString();
    }
    int n = 1;
    for (PlannedStep step : plan.steps()) {
      Step s = step.step();
      String area = plan.areas().size() > 1 ? "[" + plan.areaOf(step).id() + "] " : "";
      out.append(String.format("%3d. %-8s %s%s - ", n++, step.status().id(), area, s.name()));
      out.append(StepText.describe(s)).append('\n');
      out.append("              ").append(StepText.place(s)).append('\n');
      for (String reason : step.reasons()) {
        out.append("              - ").append(reason).append('\n');
      }
    }
    long running = plan.steps().stream().filter(PlannedStep::runs).count();
    out.append("Total: ")
        .append(Durations.format(plan.total(leadIn)))
        .append(" (")
        .append(running)
        .append(" of ")
        .append(plan.steps().size())
        .append(" steps, getting into position included)");
    if (!shortBy.isZero()) {
      out.append(", shorter than the ")
          .append(minutesAsked)
          .append(" min asked: a pressing step lasts at most 2 min a side, the others 5 min");
    }
    return out.append(".\n").toString();
  }

  /** The plan as JSON (the names of cli.md v2). */
  public String json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("areas", plan.areas().stream().map(a -> a.id()).toList());
    json.put("routine", located.name());
    json.put("level", level);
    json.put("sessionAllowed", allowed);
    json.put("minutes", minutesAsked);
    json.put("shorterThanAskedSeconds", shortBy.toSeconds());
    List<Map<String, Object>> steps = new ArrayList<>();
    if (allowed) {
      for (PlannedStep step : plan.steps()) {
        steps.add(step(plan, step));
      }
    }
    json.put("steps", steps);
    json.put("totalSeconds", allowed ? plan.total(leadIn).toSeconds() : 0);
    return Json.pretty(json) + "\n";
  }

  private static Map<String, Object> step(StepPlan plan, PlannedStep planned) {
    Step s = planned.step();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area", plan.areaOf(planned).id());
    json.put("name", s.name());
    json.put("kind", s.kind().id());
    json.put("sides", s.sides().id());
    json.put("position", s.position() == null ? null : s.position().id());
    json.put("over", s.over().stream().map(RestsOn::id).toList());
    json.put("pressure", s.pressure() == null ? null : s.pressure().id());
    json.put("seconds", s.duration().toSeconds());
    json.put("status", planned.status().id());
    json.put("reasons", planned.reasons());
    json.put("cue", s.cue());
    if (planned.status() != StepStatus.KEPT && planned.original().pressure() != s.pressure()) {
      json.put(
          "pressureAsWritten",
          planned.original().pressure() == null ? null : planned.original().pressure().id());
    }
    return json;
  }
}
