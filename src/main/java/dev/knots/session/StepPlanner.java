package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Position;
import dev.knots.routine.Pressure;
import dev.knots.routine.RestsOn;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what the precautions do to each step of a routine, from the step's own kind, position
 * and what it rests on (triage.md v2): left out, made lighter, given a cue, or kept as written.
 * Pure. A step that does not say what a precaution needs to know is left out: the safe reading.
 */
public final class StepPlanner {
  private StepPlanner() {}

  /** The plan for this routine under these rules (none: every step kept as written). */
  public static StepPlan plan(Routine routine, List<PrecautionRule> rules) {
    return plan(routine, Collections.nCopies(routine.steps().size(), routine.area()), rules);
  }

  /**
   * The plan for a routine whose steps work on these areas, one per step (a session over several
   * areas): each rule meets only the steps of the areas it is for, each step under its own area.
   */
  public static StepPlan plan(Routine routine, List<Area> stepAreas, List<PrecautionRule> rules) {
    if (stepAreas.size() != routine.steps().size()) {
      throw new IllegalArgumentException("one area per step");
    }
    List<PlannedStep> planned = new ArrayList<>();
    for (int i = 0; i < routine.steps().size(); i++) {
      Area area = stepAreas.get(i);
      List<PrecautionRule> forStep =
          rules.stream().filter(r -> r.stepsOf().contains(area)).toList();
      planned.add(step(i, routine.steps().get(i), area, forStep));
    }
    return new StepPlan(routine, rules, planned, stepAreas);
  }

  private static PlannedStep step(int index, Step original, Area area, List<PrecautionRule> rules) {
    List<StepChange> skips = new ArrayList<>();
    for (PrecautionRule rule : rules) {
      for (PrecautionRule.SkipWhen when : rule.skips()) {
        skipReason(original, area, when)
            .ifPresent(
                why ->
                    skips.add(
                        new StepChange(rule.id(), rule.label(), StepChange.What.SKIPPED, why)));
      }
    }
    if (!skips.isEmpty()) {
      return new PlannedStep(index, original, original, skips);
    }
    List<StepChange> changes = new ArrayList<>();
    Step step = original;
    List<String> cues = new ArrayList<>();
    for (PrecautionRule rule : rules) {
      boolean pressing = original.kind().appliesPressure();
      if (pressing
          && rule.lightPressureOn().contains(area)
          && original.pressure() != Pressure.LIGHT) {
        step = step.withPressure(Pressure.LIGHT);
        String from =
            original.pressure() == null
                ? "pressure set to light (the step does not say how hard)"
                : "pressure lowered from " + original.pressure().id() + " to light";
        changes.add(new StepChange(rule.id(), rule.label(), StepChange.What.LIGHTER, from));
      }
      if (!rule.cue().isBlank() && (pressing || rule.cueOnEveryStep())) {
        cues.add(rule.cue());
        changes.add(
            new StepChange(
                rule.id(), rule.label(), StepChange.What.CUE, "cue added: \"" + rule.cue() + "\""));
      }
    }
    if (!cues.isEmpty()) {
      if (!original.cue().isBlank()) {
        cues.add(original.cue());
      }
      step = step.withCue(String.join(" ", cues));
    }
    return new PlannedStep(index, original, step, changes);
  }

  /** Why the step is left out under this condition, or empty when it does not meet it. */
  private static Optional<String> skipReason(Step step, Area area, PrecautionRule.SkipWhen when) {
    if (!when.kinds().isEmpty() && !when.kinds().contains(step.kind())) {
      return Optional.empty();
    }
    if (!when.areas().isEmpty() && !when.areas().contains(area)) {
      return Optional.empty();
    }
    if (when.kinds().equals(PrecautionRule.WORK)
        && when.positions().isEmpty()
        && when.over().isEmpty()) {
      return Optional.of("no session for the " + area.id().replace('-', ' ') + " today");
    }
    if (!when.over().isEmpty() && !step.kind().appliesPressure()) {
      // only a pressing step rests on something
      return Optional.empty();
    }
    List<String> facts = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    if (!when.positions().isEmpty()) {
      if (step.position() == null) {
        unknown.add(
            "this step does not say whether it is done "
                + words(when.positions())
                + " - add 'position:' to it in the routine file");
      } else if (when.positions().contains(step.position())) {
        facts.add("it is done " + step.position().words());
      } else {
        return Optional.empty();
      }
    }
    if (!when.over().isEmpty()) {
      if (step.over().isEmpty()) {
        unknown.add(
            "this step does not say what it rests on - add 'over:' to it in the routine file"
                + " (for example over: [muscle])");
      } else {
        List<String> matched =
            step.over().stream().filter(when.over()::contains).map(RestsOn::words).toList();
        if (matched.isEmpty()) {
          return Optional.empty();
        }
        facts.add("it rests on " + and(matched));
      }
    }
    if (!unknown.isEmpty()) {
      return Optional.of(String.join("; ", unknown));
    }
    if (facts.isEmpty()) {
      String kinds = and(when.kinds().stream().map(Kind::id).sorted().toList());
      String areas =
          when.areas().isEmpty() || when.areas().size() == Area.values().length
              ? ""
              : " for the " + area.id().replace('-', ' ');
      facts.add("no " + kinds + " steps" + areas);
    }
    return Optional.of(String.join(" and ", facts));
  }

  private static String words(Set<Position> positions) {
    return or(positions.stream().sorted().map(Position::words).toList());
  }

  private static String and(List<String> items) {
    return join(items, " and ");
  }

  private static String or(List<String> items) {
    return join(items, " or ");
  }

  private static String join(List<String> items, String last) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }
}
