package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.session.PrecautionRule;
import dev.knots.triage.Answers;
import dev.knots.triage.Assessment;
import dev.knots.triage.Catalogue;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.Effect;
import dev.knots.triage.Group;
import dev.knots.triage.Precaution;
import dev.knots.triage.StepEffects;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageOutcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
  static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  /** The outcome when every red flag is "no", these precautions "yes" and the pain 3. */
  static TriageOutcome outcome(Area area, String... precautions) {
    Answers answers =
        Answers.none().with("emergency", false).with("urgent", false).with("soon", false);
    answers = answers.with("precautions", precautions.length > 0).with("pain", 3);
    for (Precaution p : CATALOGUE.precautions()) {
      answers = answers.with(p.id(), List.of(precautions).contains(p.id()));
    }
    return decided(area, answers);
  }

  @Test
  void should_read_every_row_of_the_bundled_table_in_the_routine_format_words() {
    assertThat(CATALOGUE.stepEffects()).isNotEmpty();
    for (StepEffects row : CATALOGUE.stepEffects()) {
      PrecautionRule rule = PlanRules.rule(row);

      assertThat(rule.skips()).hasSameSizeAs(row.skips());
      assertThat(rule.cueOnEveryStep()).isTrue();
    }
  }

  @Test
  void should_have_a_row_for_every_precaution_that_changes_steps() {
    for (Precaution p : CATALOGUE.precautions()) {
      boolean changesSteps =
          p.effects().stream()
              .anyMatch(e -> e != Effect.NO_SESSION_TODAY && e != Effect.IN_THIS_AREA);
      assertThat(CATALOGUE.stepEffects(p.id()).isPresent()).as(p.id()).isEqualTo(changesSteps);
    }
  }

  @Test
  void should_turn_the_rows_of_the_precautions_given_into_rules_in_catalogue_order() {
    List<PrecautionRule> rules =
        PlanRules.of(outcome(Area.CALVES, "pregnancy", "blood-thinners"), CATALOGUE);

    assertThat(rules).extracting(PrecautionRule::id).containsExactly("blood-thinners", "pregnancy");
    assertThat(rules.get(1).lightPressureOn())
        .isEqualTo(
            EnumSet.of(
                Area.GLUTES,
                Area.HIPS,
                Area.HAMSTRINGS,
                Area.QUADS,
                Area.OUTER_THIGH,
                Area.CALVES,
                Area.FEET));
    assertThat(rules.get(1).label()).isEqualTo("Pregnancy");
  }

  /** The outcome when the only "yes" is not-improving (SOON), the pain 3. */
  static TriageOutcome soon(Area area) {
    Answers answers =
        Answers.none()
            .with("emergency", false)
            .with("urgent", false)
            .with("soon", true)
            .with("precautions", false)
            .with("pain", 3);
    for (String id : CATALOGUE.itemIds(Group.SOON, Optional.of(area))) {
      answers = answers.with(id, id.equals("not-improving"));
    }
    return decided(area, answers);
  }

  private static TriageOutcome decided(Area area, Answers answers) {
    return ((Assessment.Decided)
            new TriageEngine(CATALOGUE, "112").assess(TriageContext.forArea(area), answers, false))
        .outcome();
  }

  @Test
  void should_add_gentle_mode_for_soon() {
    assertThat(PlanRules.of(soon(Area.CALVES), CATALOGUE))
        .extracting(PrecautionRule::id)
        .containsExactly(PlanRules.GENTLE);
  }

  @Test
  void should_keep_light_pressure_when_a_precaution_was_given_without_saying_which() {
    Answers answers =
        Answers.none()
            .with("emergency", false)
            .with("urgent", false)
            .with("soon", false)
            .with("precautions", true)
            .with("pain", 3);
    for (Precaution p : CATALOGUE.precautions()) {
      answers = answers.with(p.id(), false);
    }
    TriageOutcome unspecified = decided(Area.CALVES, answers);

    assertThat(PlanRules.of(unspecified, CATALOGUE))
        .extracting(PrecautionRule::id)
        .containsExactly(PlanRules.LIGHT_PRESSURE);
  }
}
