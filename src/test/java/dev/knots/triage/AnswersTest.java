package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

  @Test
  void should_keep_answers_in_the_order_they_were_given() {
    Answers answers =
        Answers.none()
            .with("urgent", false)
            .with("chest-pain", true)
            .with("emergency", true)
            .with("pain", 4)
            .with("pain-after", 2)
            .with("chest-pain", false); // a new value keeps its place

    assertThat(answers.yesNo().keySet()).containsExactly("urgent", "chest-pain", "emergency");
    assertThat(answers.numbers().keySet()).containsExactly("pain", "pain-after");
    assertThat(answers.isNo("chest-pain")).isTrue();
  }

  @Test
  void should_copy_what_it_is_given_and_refuse_changes() {
    Map<String, Boolean> given = new HashMap<>(Map.of("soon", false));
    Answers answers = new Answers(given, Map.of());
    given.put("soon", true);

    assertThat(answers.isNo("soon")).isTrue();
    assertThatThrownBy(() -> answers.yesNo().put("x", true))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_refuse_a_missing_id_or_value() {
    Map<String, Boolean> nullValue = new HashMap<>();
    nullValue.put("soon", null);

    assertThatThrownBy(() -> new Answers(nullValue, Map.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
