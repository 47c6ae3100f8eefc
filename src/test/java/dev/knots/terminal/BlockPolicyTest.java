package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockPolicyTest {
  private static boolean blocks(Map<String, String> env, String launcherLocale) {
    return BlockPolicy.useBlocks(env::get, launcherLocale);
  }

  @Test
  void should_draw_blocks_when_the_locale_is_utf8_written_either_way() {
    assertThat(blocks(Map.of("LANG", "en_GB.UTF-8"), null)).isTrue();
    assertThat(blocks(Map.of("LANG", "de_DE.utf8"), null)).isTrue();
  }

  @Test
  void should_draw_numbers_when_no_locale_is_set_or_it_is_not_utf8() {
    assertThat(blocks(Map.of(), null)).isFalse();
    assertThat(blocks(Map.of("LANG", "en_GB.ISO-8859-1"), null)).isFalse();
  }

  @Test
  void should_read_lc_all_before_lc_ctype_before_lang() {
    assertThat(blocks(Map.of("LC_ALL", "C", "LC_CTYPE", "C.UTF-8", "LANG", "C.UTF-8"), null))
        .isFalse();
    assertThat(blocks(Map.of("LC_CTYPE", "C.UTF-8", "LANG", "C"), null)).isTrue();
    assertThat(blocks(Map.of("LC_CTYPE", "C", "LANG", "C.UTF-8"), null)).isFalse();
  }

  @Test
  void should_draw_numbers_on_a_dumb_terminal_or_when_the_user_locale_was_c() {
    assertThat(blocks(Map.of("LANG", "C.UTF-8", "TERM", "dumb"), null)).isFalse();
    assertThat(blocks(Map.of("LANG", "C.UTF-8"), "C")).isFalse();
    assertThat(blocks(Map.of("LANG", "C.UTF-8"), "en_GB.UTF-8")).isTrue();
  }
}
