package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Position;
import dev.knots.routine.RestsOn;
import dev.knots.session.PrecautionRule;
import dev.knots.session.StepPlan;
import dev.knots.triage.Catalogue;
import dev.knots.triage.Effect;
import dev.knots.triage.Level;
import dev.knots.triage.StepEffects;
import dev.knots.triage.TriageOutcome;
import dev.knots.triage.UnplannedAdvice;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Translates the triage outcome and the catalogue's table of precaution effects into the session's
 * rules (triage and session do not know each other); the session's planner applies them.
 */
final class PlanRules {
  static final String GENTLE = "gentle";
  static final String LIGHT_PRESSURE = "light-pressure";

  private PlanRules() {}

  /** The rules for the precautions that fired, in catalogue order, then gentle mode. */
  static List<PrecautionRule> of(TriageOutcome outcome, Catalogue catalogue) {
    List<PrecautionRule> rules = new ArrayList<>();
    boolean lightEverywhere = false;
    for (String id : outcome.restrictions().precautionIds()) {
      Optional<Set<Area>> someAreas = outcome.restrictions().areasOf(id);
      if (someAreas.isPresent() && stopsToday(catalogue, id)) {
        // about one area of several: that area's steps are left out, the others go on
        rules.add(PrecautionRule.noSessionFor(id, label(id), someAreas.get()));
      }
      Optional<StepEffects> row = catalogue.stepEffects(id);
      if (row.isPresent()) {
        PrecautionRule rule = rule(row.get());
        rules.add(someAreas.map(rule::onlyFor).orElse(rule));
        lightEverywhere |= row.get().lightPressureOn().containsAll(EnumSet.allOf(Area.class));
      }
    }
    if (outcome.level() == Level.SOON) {
      rules.add(PrecautionRule.lightPressure(GENTLE, "Gentle mode"));
    } else if (outcome.restrictions().lightPressureOnly() && !lightEverywhere) {
      // a precaution given without saying which: light pressure, as the outcome says
      rules.add(PrecautionRule.lightPressure(LIGHT_PRESSURE, "Light pressure only"));
    }
    return rules;
  }

  /**
   * The "For your session" lines: what the plan did, then the advice of any precaution that has no
   * row in the table (it changes no step, so its words are shown as written).
   */
  static List<String> sessionNotes(TriageOutcome outcome, Catalogue catalogue, StepPlan plan) {
    List<String> notes = new ArrayList<>(plan.restrictions());
    notes.addAll(UnplannedAdvice.of(outcome, catalogue));
    return notes;
  }

  private static boolean stopsToday(Catalogue catalogue, String id) {
    return catalogue
        .precaution(id)
        .filter(p -> p.effects().contains(Effect.NO_SESSION_TODAY))
        .isPresent();
  }

  static PrecautionRule rule(StepEffects row) {
    List<PrecautionRule.SkipWhen> skips = new ArrayList<>();
    for (StepEffects.SkipWhen when : row.skips()) {
      skips.add(
          new PrecautionRule.SkipWhen(
              parsed(when.kinds(), Kind::parse, "kind", row),
              parsed(when.positions(), Position::parse, "position", row),
              parsed(when.over(), RestsOn::parse, "over", row),
              when.areas()));
    }
    return new PrecautionRule(
        row.precautionId(),
        label(row.precautionId()),
        skips,
        row.lightPressureOn(),
        row.cue(),
        true);
  }

  /** "blood-thinners" as "Blood thinners". */
  static String label(String id) {
    String words = id.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** The routine format's words as its values; a word it does not know is a catalogue bug. */
  private static <T> Set<T> parsed(
      Set<String> words, Function<String, Optional<T>> parse, String what, StepEffects row) {
    Set<T> values = new HashSet<>();
    for (String word : words) {
      values.add(
          parse
              .apply(word)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "catalogue: unknown "
                              + what
                              + " '"
                              + word
                              + "' for "
                              + row.precautionId())));
    }
    return values;
  }
}
