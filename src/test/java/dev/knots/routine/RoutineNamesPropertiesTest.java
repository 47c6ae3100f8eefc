package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The hand-written NAME check against the rule as a regular expression. */
class RoutineNamesPropertiesTest {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Property(tries = 3000)
  @Label("should agree with the regular expression on any short text of name characters")
  void should_agree_with_the_regular_expression(
      @ForAll @StringLength(max = 8) @Chars({'a', 'z', '0', '9', '-', 'A', '_', '.', '/', ' '})
          String text) {
    assertThat(RoutineNames.isValid(text)).isEqualTo(NAME.matcher(text).matches());
  }

  @Property
  @Label("should accept names of up to 64 characters only")
  void should_accept_names_of_up_to_64_characters(@ForAll @IntRange(min = 1, max = 80) int length) {
    assertThat(RoutineNames.isValid("a".repeat(length))).isEqualTo(length <= 64);
  }
}
