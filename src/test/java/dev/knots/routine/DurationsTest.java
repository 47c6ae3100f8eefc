package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({"45s,45", "2m,120", "1m30s,90", "1:30,90", "0:05,5", "30m,1800", "1m 5s,65"})
  void should_parse_the_written_forms_when_well_formed(String text, long seconds) {
    assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "45", "-5s", "1:3", "1:60", "1h", "s", "1m60s", "99999999999s"})
  void should_not_parse_when_the_form_is_unknown(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @Test
  void should_format_the_short_form_when_printing() {
    assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Durations.format(Duration.ofSeconds(120))).isEqualTo("2m");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }
}
