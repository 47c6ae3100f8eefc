package dev.knots.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("emergency-numbr")
        .hasMessageContaining("did you mean 'emergency-number'")
        .extracting(e -> ((SettingsException) e).unreadable())
        .isEqualTo(false);
  }

  @Test
  void should_reject_wrong_types_and_broken_yaml_with_a_position() {
    assertThatThrownBy(() -> Settings.parse("c.yaml", "sound: loud\n"))
        .hasMessageContaining("true, false or minimal");
    assertThatThrownBy(() -> Settings.parse("c.yaml", "emergency-number: call someone\n"))
        .hasMessageContaining("phone number");
    assertThatThrownBy(() -> Settings.parse("c.yaml", "sound: [\n"))
        .hasMessageMatching("c\\.yaml:\\d+:\\d+: .*");
  }

  @Test
  void should_take_a_missing_or_empty_file_body_as_the_defaults() {
    assertThat(Settings.parse("c.yaml", "")).isEqualTo(Settings.DEFAULTS);
    assertThat(Settings.parse("c.yaml", "# only a comment\n")).isEqualTo(Settings.DEFAULTS);
    assertThat(Settings.parse("c.yaml", "sound: false\n")).isEqualTo(new Settings("112", false, 0));
  }

  @Test
  void should_reject_minutes_that_are_not_a_whole_number_from_1_to_120() {
    for (String minutes : new String[] {"0", "121", "8.5", "eight", "[8]", "99999999999999"}) {
      assertThatThrownBy(() -> Settings.parse("c.yaml", "default-minutes: " + minutes + "\n"))
          .as(minutes)
          .hasMessageContaining("whole number from 1 to 120");
    }
    assertThat(Settings.parse("c.yaml", "default-minutes: 120\n").defaultMinutes()).isEqualTo(120);
  }

  @Test
  void should_reject_a_file_that_is_not_a_mapping() {
    assertThatThrownBy(() -> Settings.parse("c.yaml", "- sound\n- false\n"))
        .hasMessageContaining("mapping of key: value");
    assertThatThrownBy(() -> Settings.parse("c.yaml", "emergency-number: {a: 1}\n"))
        .hasMessageContaining("phone number");
  }
}
