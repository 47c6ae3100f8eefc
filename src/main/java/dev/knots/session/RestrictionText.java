package dev.knots.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The restriction text shown after the safety check, written from what the plan did to the steps
 * (never from what a precaution says in general): "Osteoporosis: left out: Ball along the ribs (it
 * rests on the ribs); light pressure on: Calves on the roller; on every step: ...".
 */
final class RestrictionText {
  private RestrictionText() {}

  static List<String> lines(StepPlan plan) {
    List<String> lines = new ArrayList<>();
    for (PrecautionRule rule : plan.rules()) {
      List<String> skipped = new ArrayList<>();
      List<String> lighter = new ArrayList<>();
      boolean cued = false;
      for (PlannedStep step : plan.steps()) {
        List<String> why = new ArrayList<>();
        for (StepChange change : step.changes()) {
          if (!change.ruleId().equals(rule.id())) {
            continue;
          }
          switch (change.what()) {
            case SKIPPED -> why.add(change.detail());
            case LIGHTER -> lighter.add(step.original().name());
            case CUE -> cued = true;
          }
        }
        if (!why.isEmpty()) {
          skipped.add(step.original().name() + " (" + String.join("; ", why) + ")");
        }
      }
      List<String> parts = new ArrayList<>();
      if (!skipped.isEmpty()) {
        parts.add("left out: " + String.join(", ", skipped));
      }
      if (!lighter.isEmpty()) {
        parts.add("light pressure on: " + String.join(", ", lighter));
      }
      if (cued && rule.cueOnEveryStep()) {
        parts.add(
            (rule.everyArea() ? "on every step" : "on every step for the " + names(rule, plan))
                + ": \""
                + rule.cue()
                + "\"");
      }
      if (parts.isEmpty()) {
        parts.add("nothing in this routine needs changing");
      }
      String label =
          rule.everyArea() ? rule.label() : rule.label() + " (" + names(rule, plan) + ")";
      String line = label + ": " + String.join("; ", parts);
      lines.add(line.endsWith("\"") ? line : line + ".");
    }
    return lines;
  }

  /** The plan's areas a rule is for, in the plan's order: "calves and hamstrings". */
  private static String names(PrecautionRule rule, StepPlan plan) {
    List<String> names =
        plan.areas().stream()
            .filter(rule.stepsOf()::contains)
            .map(a -> a.id().replace('-', ' '))
            .toList();
    if (names.isEmpty()) {
      return rule.stepsOf().stream()
          .sorted()
          .map(a -> a.id().replace('-', ' '))
          .toList()
          .toString();
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
