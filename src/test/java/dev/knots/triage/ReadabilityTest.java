package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syllable counter and grade the wording tests rely on. */
class ReadabilityTest {

  @ParameterizedTest
  @CsvSource({
    "pain, 1",
    "make, 1",
    "table, 2",
    "swelling, 2",
    "dizziness, 3",
    "numbness, 2",
    "confused, 2",
    "started, 2",
    "bones, 1",
    "bruises, 2",
    "osteoporosis, 5",
    "38, 1",
    "warfarin, 2",
    "the, 1"
  })
  void should_count_syllables_by_the_plain_rule(String word, int expected) {
    assertThat(Readability.syllables(word)).isEqualTo(expected);
  }

  @Test
  void should_split_sentences_on_their_end_marks_only() {
    assertThat(Readability.sentences("One. Two? Three!")).isEqualTo(3);
    assertThat(Readability.sentences("A list: one, two, 38 °C")).isEqualTo(1);
    assertThat(Readability.sentences("Rest (about 4-5 cm.)")).isEqualTo(1);
  }

  @Test
  void should_compute_the_flesch_kincaid_grade() {
    // 4 words, 1 sentence, 4 syllables: 0.39 x 4 + 11.8 x 1 - 15.59
    assertThat(Readability.grade("The cat sat down.")).isCloseTo(-2.23, within(0.001));
    // long words in a long sentence read hard
    assertThat(
            Readability.grade(
                "Unexplained musculoskeletal symptoms necessitate comprehensive investigation"))
        .isGreaterThan(20);
    assertThat(Readability.grade("- ")).isZero();
  }
}
