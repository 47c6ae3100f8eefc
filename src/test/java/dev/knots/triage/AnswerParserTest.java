package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerParserTest {
  private final AnswerParser parser = new AnswerParser(CATALOGUE);

  private Answers parse(String... options) {
    return parser.parse(List.of(options), Optional.of(Area.CALVES));
  }

  @Test
  void should_answer_all_four_lists_none_with_none() {
    Answers a = parse("none");

    for (Group g : Group.values()) {
      assertThat(a.yesNo(g.id())).contains(false);
    }
    assertThat(a.number("pain")).isEmpty();
  }

  @Test
  void should_read_items_groups_pain_and_checks() {
    Answers a =
        parse(
            "Chest-Pain=NO",
            "urgent=none",
            "soon=yes",
            "pain=7",
            "acknowledge=yes",
            "checked-since=n",
            "pain-after=0",
            "felt-warning-signs=y",
            "pregnancy=yes");

    assertThat(a.yesNo("chest-pain")).contains(false);
    assertThat(a.yesNo("urgent")).contains(false);
    assertThat(a.yesNo("soon")).contains(true);
    assertThat(a.number("pain")).hasValue(7);
    assertThat(a.isYes("acknowledge")).isTrue();
    assertThat(a.isNo("checked-since")).isTrue();
    assertThat(a.number("pain-after")).hasValue(0);
    assertThat(a.isYes("felt-warning-signs")).isTrue();
    assertThat(a.isYes("pregnancy")).isTrue();
  }

  @Test
  void should_read_pain_after_for_one_area_of_several() {
    Answers a =
        parser.parse(List.of("pain-after:calf=3", "pain-after:hamstrings=0"), Optional.empty());

    assertThat(a.number("pain-after:calves")).hasValue(3);
    assertThat(a.number("pain-after:hamstrings")).hasValue(0);
    assertThatThrownBy(() -> parser.parse(List.of("pain-after:calves=lots"), Optional.empty()))
        .hasMessageContaining("'pain-after:calves'")
        .hasMessageContaining("0-10");
  }

  @Test
  void should_take_an_answer_about_the_one_area_as_the_answer_without_it() {
    Answers a = parse("pain:calves=4", "pain-after:calf=2", "recent-injury:calves=no");

    assertThat(a.number("pain")).hasValue(4);
    assertThat(a.number("pain-after")).hasValue(2);
    assertThat(a.yesNo("recent-injury")).contains(false);
    assertThat(a.number("pain-after:calves")).isEmpty();
  }

  @Test
  void should_refuse_an_answer_about_another_area_than_the_one_checked() {
    assertThatThrownBy(() -> parse("pain-after:hamstrings=2"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            "--answer pain-after:hamstrings is about hamstrings, but this check is about calves");
  }

  @Test
  void should_refuse_the_same_id_answered_two_ways() {
    assertThatThrownBy(() -> parse("chest-pain=yes", "chest-pain=no"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("'chest-pain' is answered two different ways");
    assertThatThrownBy(() -> parse("none", "emergency=yes"))
        .isInstanceOf(InvalidAnswerException.class);
    assertThatThrownBy(() -> parse("pain=2", "pain=8")).isInstanceOf(InvalidAnswerException.class);
  }

  @Test
  void should_accept_the_same_answer_repeated() {
    Answers a =
        parse("chest-pain=no", "chest-pain=n", "pain=3", "pain=3", "none", "emergency=none");

    assertThat(a.isNo("chest-pain")).isTrue();
    assertThat(a.number("pain")).hasValue(3);
  }

  @Test
  void should_accept_a_flag_of_another_area() {
    assertThat(parse("tearing-pain=yes").isYes("tearing-pain")).isTrue();
  }

  @Test
  void should_list_the_valid_ids_for_the_area_for_an_unknown_id() {
    assertThatThrownBy(() -> parse("chest-pian=yes"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("unknown answer id 'chest-pian' for calves")
        .hasMessageContaining("chest-pain, ")
        .hasMessageContaining("one-limb-swelling")
        .hasMessageContaining("pain-after")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tearing-pain"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "chest-pain=maybe",
        "chest-pain=",
        "pain=11",
        "pain=-1",
        "pain=x",
        "emergency=no-thanks",
        "none=no",
        "pain"
      })
  void should_refuse_a_value_that_does_not_fit(String option) {
    assertThatThrownBy(() -> parse(option)).isInstanceOf(InvalidAnswerException.class);
  }

  @Test
  void should_list_the_ids_for_every_area_when_none_is_given() {
    assertThat(parser.validIds(Optional.empty()))
        .contains("tearing-pain", "one-limb-swelling", "varicose-veins");
  }
}
