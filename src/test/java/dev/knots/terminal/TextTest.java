package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
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
}
