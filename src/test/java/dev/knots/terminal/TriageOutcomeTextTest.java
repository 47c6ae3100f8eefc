package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.triage.AnswerParser;
import dev.knots.triage.Assessment;
import dev.knots.triage.Catalogue;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageOutcome;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriageOutcomeTextTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  private static TriageOutcome outcome(Area area, String answers) {
    Assessment a =
        new TriageEngine(CATALOGUE, "112")
            .assess(
                TriageContext.forArea(area),
                new AnswerParser(CATALOGUE)
                    .parse(Arrays.asList(answers.split(" ")), Optional.empty()),
                false);
    return ((Assessment.Decided) a).outcome();
  }

  @Test
  void should_make_emergency_unmistakable_in_words_alone() {
    String text = TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), false);

    assertThat(text)
        .contains("EMERGENCY - call 112 now", "Emergency number: 112", "999", "911")
        .contains("Why:", "stroke", "[stroke-signs]")
        .endsWith(">>> CALL 112 NOW. Do not massage. <<<\n")
        .doesNotContain("\u001b[");
  }

  @Test
  void should_colour_the_level_when_colour_is_on() {
    String text = TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), true);

    assertThat(text).contains("\u001b[").contains("EMERGENCY");
  }

  @Test
  void should_say_urgent_means_today() {
    String text = TriageOutcomeText.render(outcome(Area.NECK, "none pain=8"), false);

    assertThat(text)
        .contains("URGENT", "TODAY", "[severe-pain]")
        .doesNotContain("Emergency number");
  }

  @Test
  void should_explain_the_soon_acknowledgement_and_gentle_mode() {
    String text =
        TriageOutcomeText.render(outcome(Area.NECK, "none pain=2 radiating-pain=yes"), false);

    assertThat(text).contains("SOON", "acknowledge=yes", "Gentle mode", "within the next few days");
  }

  @Test
  void should_be_calm_for_self_care_and_list_restrictions() {
    String text =
        TriageOutcomeText.render(outcome(Area.CALVES, "none pain=2 varicose-veins=yes"), false);

    assertThat(text)
        .contains("Self-care is reasonable today", "For your session:", "veins")
        .doesNotContain("EMERGENCY", "URGENT", "112", "===");
  }

  @Test
  void should_say_when_to_come_back_when_a_precaution_stops_today() {
    String text =
        TriageOutcomeText.render(outcome(Area.CALVES, "none pain=2 recent-injury=yes"), false);

    assertThat(text).contains("No session today", "72 hours").doesNotContain("For your session:");
  }

  @Test
  void should_wrap_long_lines() {
    String text = TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), false);

    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void should_fit_a_narrow_terminal_without_breaking_words() {
    String text = TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), false, 38);

    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(37));
    assertThat(text).contains("=".repeat(37) + "\n").doesNotContain("=".repeat(38));
    assertThat(text).contains("CALL").contains("112");
    assertThat(TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), false, 0))
        .isEqualTo(TriageOutcomeText.render(outcome(Area.NECK, "stroke-signs=yes"), false));
  }
}
