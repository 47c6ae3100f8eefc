package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The hand-written duration parser against the forms as regular expressions, and round trips. */
class DurationsPropertiesTest {
  private static final Pattern SECONDS = Pattern.compile("(\\d{1,5})\\s?s");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s?m");
  private static final Pattern MINUTES_SECONDS =
      Pattern.compile("(\\d{1,4})\\s?m\\s?([0-5]?\\d)\\s?s");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):([0-5]\\d)");

  /** The specification: what the regular expressions accept. */
  private static Optional<Duration> byRegex(String text) {
    String t = text.strip();
    Matcher m = SECONDS.matcher(t);
    if (m.matches()) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
    }
    m = MINUTES.matcher(t);
    if (m.matches()) {
      return Optional.of(Duration.ofMinutes(Long.parseLong(m.group(1))));
    }
    m = MINUTES_SECONDS.matcher(t);
    if (!m.matches()) {
      m = CLOCK.matcher(t);
    }
    if (m.matches()) {
      return Optional.of(
          Duration.ofMinutes(Long.parseLong(m.group(1))).plusSeconds(Long.parseLong(m.group(2))));
    }
    return Optional.empty();
  }

  @Property(tries = 3000)
  @Label("should agree with the regular expressions on any short text of duration characters")
  void should_agree_with_the_regular_expressions(
      @ForAll @StringLength(min = 0, max = 9) @Chars({'0', '1', '5', '6', '9', 's', 'm', ':', ' '})
          String text) {
    assertThat(Durations.parse(text)).isEqualTo(byRegex(text));
  }

  @Property
  @Label("should read back what it formats for every allowed step duration")
  void should_read_back_what_it_formats(@ForAll @IntRange(min = 5, max = 1800) int seconds) {
    Duration d = Duration.ofSeconds(seconds);

    assertThat(Durations.parse(Durations.format(d))).contains(d);
  }
}
