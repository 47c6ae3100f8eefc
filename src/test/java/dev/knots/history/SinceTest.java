package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SinceTest {
  static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void should_read_days_and_weeks_back_from_now() {
    assertThat(Since.parse("14d", NOW, PARIS)).isEqualTo(NOW.minus(Duration.ofDays(14)));
    assertThat(Since.parse(" 3W ", NOW, PARIS)).isEqualTo(NOW.minus(Duration.ofDays(21)));
  }

  @Test
  void should_read_a_date_as_the_start_of_that_day_where_the_person_is() {
    assertThat(Since.parse("2026-11-01", NOW, PARIS))
        .isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
  }

  @Test
  void should_explain_what_it_takes_when_the_value_is_neither() {
    assertThatThrownBy(() -> Since.parse("last tuesday", NOW, PARIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--since takes a number of days or weeks (14d, 3w) or a date (2026-11-01), not 'last"
                + " tuesday'");
    assertThatThrownBy(() -> Since.parse("2026-13-01", NOW, PARIS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
