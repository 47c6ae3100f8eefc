package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.Arrays;
import java.util.Optional;

/** Shared test helpers: the bundled catalogue, an engine, and answers written as options. */
final class TriageFixtures {
  static final Catalogue CATALOGUE = CatalogueLoader.bundled();
  static final TriageEngine ENGINE = new TriageEngine(CATALOGUE, "112");
  static final String ALL_NONE = "none";

  private TriageFixtures() {}

  /** Answers from "id=value id=value ..." as on the command line. */
  static Answers answers(String spec) {
    String trimmed = spec.strip();
    if (trimmed.isEmpty()) {
      return Answers.none();
    }
    return new AnswerParser(CATALOGUE)
        .parse(Arrays.asList(trimmed.split("\\s+")), Optional.empty());
  }

  static Assessment assess(Area area, String spec) {
    return ENGINE.assess(TriageContext.forArea(area), answers(spec), false);
  }

  /** The outcome; fails the test if a question is still needed. */
  static TriageOutcome decide(Area area, String spec) {
    return decide(TriageContext.forArea(area), spec, false);
  }

  static TriageOutcome decide(TriageContext context, String spec, boolean thorough) {
    Assessment assessment = ENGINE.assess(context, answers(spec), thorough);
    assertThat(assessment).as(spec).isInstanceOf(Assessment.Decided.class);
    return ((Assessment.Decided) assessment).outcome();
  }

  /** The next needed question; fails the test if the outcome is already decided. */
  static Question needed(TriageContext context, String spec, boolean thorough) {
    Assessment assessment = ENGINE.assess(context, answers(spec), thorough);
    assertThat(assessment).as(spec).isInstanceOf(Assessment.Needed.class);
    return ((Assessment.Needed) assessment).question();
  }

  static Question needed(Area area, String spec) {
    return needed(TriageContext.forArea(area), spec, false);
  }
}
