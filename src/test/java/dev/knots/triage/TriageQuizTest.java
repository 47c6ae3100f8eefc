package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.ENGINE;
import static dev.knots.triage.TriageFixtures.answers;
import static dev.knots.triage.TriageFixtures.decide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.knots.body.Area;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TriageQuizTest {
  private final TriageQuiz quiz = new TriageQuiz(ENGINE);
  private final StringWriter prompts = new StringWriter();

  private LinePrompter lines(String input) {
    return new LinePrompter(new StringReader(input), new PrintWriter(prompts, true));
  }

  @Test
  void should_ask_only_what_is_not_pre_answered() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of(), Map.of("pain", 2));

    QuizResult result =
        quiz.run(
            TriageContext.forArea(Area.NECK), answers("emergency=none soon=none"), person, false);

    assertThat(person.asked).containsExactly("urgent", "precautions", "pain");
    assertThat(result.outcome().level()).isEqualTo(Level.SELF_CARE);
    assertThat(result.answers().yesNo("urgent")).contains(false);
    assertThat(result.answers().number("pain")).hasValue(2);
  }

  @Test
  void should_stop_at_the_first_emergency_yes() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of("stroke-signs"), Map.of());

    QuizResult result = quiz.run(TriageContext.forArea(Area.NECK), Answers.none(), person, false);

    assertThat(person.asked)
        .containsExactly("emergency", "chest-pain", "sudden-breathlessness", "stroke-signs");
    assertThat(result.outcome().level()).isEqualTo(Level.EMERGENCY);
  }

  @Test
  void should_read_answers_one_per_line() {
    QuizResult result =
        quiz.run(
            TriageContext.forArea(Area.CALVES),
            Answers.none(),
            lines("n\nNO\nn\nyes\nn\nn\nn\ny\nn\nn\nn\nn\nn\nn\nn\nn\n3\n"),
            false);

    assertThat(result.outcome().level()).isEqualTo(Level.SELF_CARE);
    assertThat(result.outcome().restrictions().precautionIds()).containsExactly("varicose-veins");
    assertThat(prompts.toString())
        .contains("Do any of these apply to you right now?", "[0-10]", "7-10 severe");
  }

  @Test
  void should_name_the_question_when_input_ends_and_never_take_it_as_no() {
    assertThatThrownBy(
            () ->
                quiz.run(
                    TriageContext.forArea(Area.CALVES), Answers.none(), lines("n\nn\n"), false))
        .isInstanceOf(MissingAnswerException.class)
        .hasMessageContaining("'soon'")
        .hasMessageContaining("never taken as no")
        .extracting(e -> ((MissingAnswerException) e).questionId())
        .isEqualTo("soon");
  }

  @Test
  void should_name_the_pain_rating_when_it_is_missing() {
    assertThatThrownBy(
            () -> quiz.run(TriageContext.forArea(Area.CALVES), answers("none"), lines(""), false))
        .isInstanceOf(MissingAnswerException.class)
        .hasMessageContaining("'pain'")
        .hasMessageContaining("pain=0-10");
  }

  @Test
  void should_refuse_an_answer_that_is_neither_yes_nor_no() {
    assertThatThrownBy(
            () ->
                quiz.run(
                    TriageContext.forArea(Area.CALVES), Answers.none(), lines("maybe\n"), false))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("'maybe'")
        .hasMessageContaining("emergency");
  }

  @Test
  void should_refuse_a_pain_rating_above_10() {
    assertThatThrownBy(
            () ->
                quiz.run(TriageContext.forArea(Area.CALVES), answers("none"), lines("11\n"), false))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("0-10");
  }

  @Test
  void should_allow_a_session_at_self_care_without_asking() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of(), Map.of());

    boolean go = quiz.acknowledge(decide(Area.NECK, "none pain=1"), Answers.none(), person);

    assertThat(go).isTrue();
    assertThat(person.asked).isEmpty();
  }

  @Test
  void should_never_allow_a_session_at_urgent() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of("acknowledge"), Map.of());

    boolean go =
        quiz.acknowledge(decide(Area.NECK, "none pain=8"), answers("acknowledge=yes"), person);

    assertThat(go).isFalse();
  }

  @Test
  void should_show_soon_advice_and_ask_for_the_acknowledgement() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of("acknowledge"), Map.of());
    TriageOutcome soon = decide(Area.NECK, "none pain=3 radiating-pain=yes");

    boolean go = quiz.acknowledge(soon, Answers.none(), person);

    assertThat(go).isTrue();
    assertThat(person.asked).containsExactly("acknowledge");
    assertThat(person.told).contains(soon.advice());
  }

  @Test
  void should_not_start_a_soon_session_when_the_advice_is_not_acknowledged() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of(), Map.of());
    TriageOutcome soon = decide(Area.NECK, "none pain=3 radiating-pain=yes");

    assertThat(quiz.acknowledge(soon, Answers.none(), person)).isFalse();
    assertThat(quiz.acknowledge(soon, answers("acknowledge=yes"), person)).isTrue();
  }

  @Test
  void should_fail_naming_acknowledge_when_it_is_missing_on_closed_stdin() {
    TriageOutcome soon = decide(Area.NECK, "none pain=3 radiating-pain=yes");

    assertThatThrownBy(() -> quiz.acknowledge(soon, Answers.none(), lines("")))
        .isInstanceOf(MissingAnswerException.class)
        .hasMessageContaining("'acknowledge'");
  }

  @Test
  void should_record_after_session_answers_and_advise_on_warning_signs() {
    AfterSession after = quiz.afterSession(Answers.none(), lines("2\ny\n"));

    assertThat(after.painAfter()).hasValue(2);
    assertThat(after.feltWarningSigns()).contains(true);
    assertThat(after.advice()).singleElement().asString().contains("Stop rolling");
    assertThat(after.stopReason()).isEmpty();
    assertThat(prompts.toString()).contains("Stop rolling");
  }

  @Test
  void should_record_unanswered_after_session_questions_as_unanswered() {
    AfterSession after = quiz.afterSession(Answers.none(), lines(""));

    assertThat(after.painAfter()).isEmpty();
    assertThat(after.feltWarningSigns()).isEmpty();
    assertThat(after.advice()).isEmpty();
  }

  @Test
  void should_take_pre_given_after_session_answers_without_asking() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of(), Map.of());

    AfterSession after = quiz.afterSession(answers("pain-after=1 felt-warning-signs=no"), person);

    assertThat(person.asked).isEmpty();
    assertThat(after.painAfter()).hasValue(1);
    assertThat(after.feltWarningSigns()).contains(false);
    assertThat(after.advice()).isEmpty();
  }

  @Test
  void should_ask_pain_after_for_each_area_of_a_session_over_several() {
    AfterSession after =
        quiz.afterSession(
            List.of(Area.CALVES, Area.HAMSTRINGS), Answers.none(), lines("2\n5\nn\n"));

    assertThat(after.painAfterByArea())
        .containsExactly(entry(Area.CALVES, 2), entry(Area.HAMSTRINGS, 5));
    assertThat(after.painAfter(Area.CALVES)).hasValue(2);
    assertThat(after.painAfter(Area.HAMSTRINGS)).hasValue(5);
    assertThat(prompts.toString())
        .contains("About your calves:")
        .contains("About your hamstrings:")
        .containsOnlyOnce("During the session, did you feel");
  }

  @Test
  void should_take_an_areas_own_pain_after_before_the_one_for_every_area() {
    ScriptedPrompter person = new ScriptedPrompter(Set.of(), Map.of());

    AfterSession after =
        quiz.afterSession(
            List.of(Area.CALVES, Area.HAMSTRINGS, Area.QUADS),
            answers("pain-after=3 pain-after:quads=1 felt-warning-signs=no"),
            person);

    assertThat(person.asked).isEmpty();
    assertThat(after.painAfterByArea())
        .containsExactly(entry(Area.CALVES, 3), entry(Area.HAMSTRINGS, 3), entry(Area.QUADS, 1));
  }

  @Test
  void should_record_an_unanswered_areas_pain_after_as_unanswered() {
    AfterSession after =
        quiz.afterSession(List.of(Area.CALVES, Area.HAMSTRINGS), Answers.none(), lines("4\n"));

    assertThat(after.painAfterByArea()).containsExactly(entry(Area.CALVES, 4));
    assertThat(after.painAfter(Area.HAMSTRINGS)).isEmpty();
  }

  @Test
  void should_advise_help_today_when_one_areas_pain_after_is_severe() {
    AfterSession after =
        quiz.afterStop(
            StopReason.SHARP_PAIN,
            List.of(Area.CALVES, Area.HAMSTRINGS),
            answers("pain-after:calves=2 pain-after:hamstrings=9"),
            lines(""));

    assertThat(after.advice()).hasSize(2);
    assertThat(after.advice().get(1)).contains("today");
  }

  @Test
  void should_advise_help_today_when_pain_after_is_severe() {
    AfterSession after =
        quiz.afterSession(answers("pain-after=8 felt-warning-signs=no"), lines(""));

    assertThat(after.advice()).singleElement().asString().contains("today");
  }

  @ParameterizedTest
  @EnumSource(StopReason.class)
  void should_give_the_warning_sign_advice_for_every_stop_reason(StopReason reason) {
    AfterSession after =
        quiz.afterStop(reason, answers("pain-after=4 felt-warning-signs=no"), lines(""));

    assertThat(after.stopReason()).contains(reason);
    assertThat(after.advice().get(0)).contains("Stop rolling");
    assertThat(after.feltWarningSigns()).contains(reason.isWarningSign());
    assertThat(after.painAfter()).hasValue(4);
  }

  @Test
  void should_add_the_emergency_number_to_the_advice_after_dizziness() {
    AfterSession after = quiz.afterStop(StopReason.DIZZINESS, Answers.none(), lines(""));

    assertThat(after.advice()).hasSize(2);
    assertThat(after.advice().get(1)).contains("112").doesNotContain("{number}");
    assertThat(after.feltWarningSigns()).contains(true);
    assertThat(after.painAfter()).isEmpty();
  }

  @Test
  void should_not_add_the_dizziness_advice_after_sharp_pain() {
    AfterSession after = quiz.afterStop(StopReason.SHARP_PAIN, Answers.none(), lines(""));

    assertThat(after.advice()).hasSize(1);
  }

  @Test
  void should_ask_the_after_session_questions_with_their_ids() {
    assertThat(quiz.painAfterQuestion().id()).isEqualTo("pain-after");
    assertThat(quiz.painAfterQuestion().anchors()).hasSize(3);
    assertThat(quiz.warningSignsQuestion().id()).isEqualTo("felt-warning-signs");
    assertThat(quiz.warningSignsQuestion().text()).contains("dizziness");
    assertThat(quiz.engine()).isSameAs(ENGINE);
  }
}
