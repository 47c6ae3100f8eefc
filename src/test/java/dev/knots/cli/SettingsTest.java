package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SettingsTest {
  @TempDir Path dir;

  @Test
  void should_use_the_defaults_when_there_is_no_file() {
    assertThat(Settings.load(dir.resolve("config.yaml"))).isEqualTo(Settings.DEFAULTS);
    assertThat(Settings.DEFAULTS.emergencyNumber()).isEqualTo("112");
  }

  @Test
  void should_read_every_setting() throws Exception {
    Path file = dir.resolve("config.yaml");
    Files.writeString(file, "emergency-number: 999\nsound: false\ndefault-minutes: 8\n");

    assertThat(Settings.load(file)).isEqualTo(new Settings("999", false, 8));
  }

  @Test
  void should_name_a_misspelt_key_and_suggest_the_right_one() {
    assertThatThrownBy(() -> Settings.parse("config.yaml", "emergency-numbr: 911\n"))
        .isInstanceOf(KnotsException.class)
        .hasMessageContaining("emergency-numbr")
        .hasMessageContaining("did you mean 'emergency-number'")
        .extracting(e -> ((KnotsException) e).exitCode())
        .isEqualTo(ExitCode.INVALID_DATA);
  }

  @Test
  void should_reject_wrong_types_and_broken_yaml_with_a_position() {
    assertThatThrownBy(() -> Settings.parse("c.yaml", "sound: loud\n"))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> Settings.parse("c.yaml", "emergency-number: call someone\n"))
        .hasMessageContaining("phone number");
    assertThatThrownBy(() -> Settings.parse("c.yaml", "sound: [\n"))
        .hasMessageMatching("c\\.yaml:\\d+:\\d+: .*");
  }
}
