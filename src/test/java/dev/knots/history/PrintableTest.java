package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored text as it may be printed: one line, no control characters, Unicode kept. */
class PrintableTest {
  @Test
  void should_flatten_line_breaks_and_tabs_to_spaces() {
    assertThat(Printable.line("a\r\n\nb\tc\u000Bd\fe\u2028f")).isEqualTo("a b c d e f");
  }

  @Test
  void should_show_other_control_characters_as_the_replacement_character() {
    assertThat(Printable.line("\u001B[31mred\u0007\u007F\u009B\u0000"))
        .isEqualTo("\uFFFD[31mred\uFFFD\uFFFD\uFFFD\uFFFD");
  }

  @Test
  void should_show_bidirectional_controls_as_the_replacement_character() {
    assertThat(Printable.line("a\u202Eb\u2066c\u2069d\u200Fe\u061Cf"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    // a joiner inside an emoji is not a bidirectional control: kept
    assertThat(Printable.line("\uD83D\uDC69\u200D\uD83D\uDCBB")).isEqualTo("👩‍💻");
  }

  @Test
  void should_keep_printable_unicode_and_null_as_they_are() {
    assertThat(Printable.line("é € 😀 | \\ ok")).isEqualTo("é € 😀 | \\ ok");
    assertThat(Printable.line(null)).isNull();
  }
}
