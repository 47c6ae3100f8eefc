package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Help;

class TopUsageTest {
  @TempDir Path home;

  private CommandLine full() {
    return KnotsCli.build(CliRun.silentContext(home));
  }

  @Test
  void should_ship_the_top_usage_exactly_as_picocli_renders_it_in_both_colourings() {
    for (Help.Ansi ansi : new Help.Ansi[] {Help.Ansi.OFF, Help.Ansi.ON}) {
      String live = full().getUsageMessage(Help.defaultColorScheme(ansi));

      assertThat(TopUsage.rendered(ansi == Help.Ansi.ON)).as("%s", ansi).contains(live);
    }
  }

  @Test
  void should_print_the_coloured_usage_when_colour_is_on_and_the_plain_one_otherwise() {
    CliRun.Result coloured = new CliRun(home).env("CLICOLOR_FORCE", "1").run("--help");
    CliRun.Result plain = new CliRun(home).terminal(false, true).env("NO_COLOR", "1").run("-h");

    assertThat(coloured.exitCode()).isZero();
    assertThat(coloured.out()).isEqualTo(TopUsage.rendered(true).orElseThrow()).contains("\u001b[");
    assertThat(plain.exitCode()).isZero();
    assertThat(plain.out()).isEqualTo(TopUsage.rendered(false).orElseThrow());
    assertThat(plain.out()).doesNotContain("\u001b[");
  }

  @Test
  void should_answer_only_a_bare_help_option_from_the_shipped_text() {
    assertThat(TopUsage.asked(new String[] {"--help"})).isTrue();
    assertThat(TopUsage.asked(new String[] {"-h"})).isTrue();
    assertThat(TopUsage.asked(new String[] {})).isFalse();
    assertThat(TopUsage.asked(new String[] {"--help", "--color=always"})).isFalse();
    assertThat(TopUsage.asked(new String[] {"session", "--help"})).isFalse();
    assertThat(TopUsage.asked(new String[] {"--helpx"})).isFalse();
  }
}
