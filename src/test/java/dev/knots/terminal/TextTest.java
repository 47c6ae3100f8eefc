package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void should_show_times_as_minutes_and_seconds_and_hours_past_an_hour() {
    assertThat(Text.clock(0)).isEqualTo("0:00");
    assertThat(Text.clock(5)).isEqualTo("0:05");
    assertThat(Text.clock(75)).isEqualTo("1:15");
    assertThat(Text.clock(600)).isEqualTo("10:00");
    assertThat(Text.clock(3725)).isEqualTo("1:02:05");
    assertThat(Text.clock(-3)).isEqualTo("0:00");
  }

  @Test
  void should_wrap_words_and_cut_what_does_not_fit() {
    assertThat(Text.wrap("roll slowly from the knee", 10))
        .containsExactly("roll", "slowly", "from the", "knee");
    assertThat(Text.fit("abcdef", 4)).isEqualTo("abc…");
    assertThat(Text.fit("abc", 0)).isEmpty();
  }

  @Test
  void should_wrap_a_list_item_under_its_text_and_keep_blank_lines() {
    assertThat(Text.wrapIndented("  - rest the area now", 12))
        .containsExactly("  - rest the", "    area now");
    assertThat(Text.wrapIndented("! no pressure here", 10))
        .containsExactly("! no", "  pressure", "  here");
    assertThat(Text.wrapIndented("", 10)).containsExactly("");
    assertThat(Text.wrapIndented("a physiotherapist", 12)).containsExactly("a", "physiothera…");
  }

  @Test
  void should_wrap_choices_between_choices_and_never_drop_one() {
    List<String> lines =
        Text.wrapChoices(
            "1 sharp pain   2 numbness or tingling   3 dizziness   4 something else", 37);
    assertThat(lines)
        .containsExactly("1 sharp pain   2 numbness or tingling", "3 dizziness   4 something else");
    assertThat(Text.wrapChoices("a   b", 80)).containsExactly("a   b");
  }
}
