package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.terminal.ColorPolicy.Choice;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorPolicyTest {
  private static boolean color(Choice choice, Map<String, String> env, boolean tty) {
    return ColorPolicy.useColor(choice, env::get, tty);
  }

  @Test
  void should_follow_the_terminal_when_nothing_is_set() {
    assertThat(color(Choice.AUTO, Map.of(), true)).isTrue();
    assertThat(color(Choice.AUTO, Map.of(), false)).isFalse();
  }

  @Test
  void should_turn_colour_off_for_no_color_with_any_value_clicolor_0_and_dumb_terminals() {
    // no-color.org: an empty NO_COLOR is unset
    assertThat(color(Choice.AUTO, Map.of("NO_COLOR", ""), true)).isTrue();
    assertThat(color(Choice.AUTO, Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(color(Choice.AUTO, Map.of("CLICOLOR", "0"), true)).isFalse();
    assertThat(color(Choice.AUTO, Map.of("TERM", "dumb"), true)).isFalse();
  }

  @Test
  void should_force_colour_with_clicolor_force_unless_no_color() {
    assertThat(color(Choice.AUTO, Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
    assertThat(color(Choice.AUTO, Map.of("CLICOLOR_FORCE", "0"), false)).isFalse();
    assertThat(color(Choice.AUTO, Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false)).isFalse();
  }

  @Test
  void should_let_the_flag_override_everything() {
    assertThat(color(Choice.ALWAYS, Map.of("NO_COLOR", "1", "TERM", "dumb"), false)).isTrue();
    assertThat(color(Choice.NEVER, Map.of("CLICOLOR_FORCE", "1"), true)).isFalse();
  }
}
