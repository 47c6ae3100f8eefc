package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnplannedAdviceTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  /** Every red flag "no", this precaution "yes" (every other "no"), pain 3. */
  private static Answers answers(String id) {
    Answers answers =
        Answers.none()
            .with("emergency", false)
            .with("urgent", false)
            .with("soon", false)
            .with("precautions", true)
            .with("pain", 3);
    for (Precaution p : CATALOGUE.precautions()) {
      answers = answers.with(p.id(), p.id().equals(id));
    }
    return answers;
  }

  private static TriageOutcome decided(TriageContext context, Answers answers) {
    return ((Assessment.Decided) new TriageEngine(CATALOGUE, "112").assess(context, answers, false))
        .outcome();
  }

  private static TriageOutcome withPrecaution(String id) {
    return decided(TriageContext.forArea(Area.CALVES), answers(id));
  }

  @Test
  void should_give_the_advice_of_a_precaution_only_when_it_has_no_row_in_the_table() {
    int unplanned = 0;
    for (Precaution p : CATALOGUE.precautions()) {
      List<String> notes = UnplannedAdvice.of(withPrecaution(p.id()), CATALOGUE);
      if (CATALOGUE.stepEffects(p.id()).isPresent()) {
        assertThat(notes).as(p.id()).isEmpty();
      } else if (withPrecaution(p.id()).restrictions().precautionIds().contains(p.id())) {
        assertThat(notes).as(p.id()).containsExactly(p.advice());
        unplanned++;
      }
    }
    assertThat(unplanned).isPositive();
  }

  @Test
  void should_name_the_areas_a_precaution_concerns_in_a_session_over_several() {
    Precaution injury = CATALOGUE.precaution("recent-injury").orElseThrow();
    Answers answers =
        answers(injury.id()).with("recent-injury:calves", true).with("recent-injury:quads", false);
    TriageContext both =
        new TriageContext(Optional.empty(), false, Optional.empty(), Optional.empty(), List.of())
            .withAreas(List.of(Area.CALVES, Area.QUADS));
    TriageOutcome outcome = decided(both, answers);

    assertThat(outcome.restrictions().areasOf("recent-injury")).contains(Set.of(Area.CALVES));
    assertThat(UnplannedAdvice.of(outcome, CATALOGUE))
        .containsExactly(
            "No session for the calves today: "
                + injury.advice()
                + injury.comeBack().map(" "::concat).orElse(""));
  }
}
