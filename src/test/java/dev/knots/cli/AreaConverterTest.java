package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AreaConverterTest {
  private final AreaConverter converter = new AreaConverter();

  @Test
  void should_accept_aliases_in_any_case() {
    assertThat(converter.convert("Lumbar")).isEqualTo(Area.LOWER_BACK);
    assertThat(converter.convert("IT-BAND")).isEqualTo(Area.OUTER_THIGH);
  }

  @Test
  void should_suggest_the_canonical_name_when_misspelt() {
    assertThatThrownBy(() -> converter.convert("calfs"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageStartingWith("unknown area 'calfs' - did you mean 'calves'? use one of: neck,");
  }

  @Test
  void should_refuse_a_path() {
    assertThatThrownBy(() -> converter.convert("../../etc"))
        .hasMessageStartingWith("an area is a word, not a path");
  }
}
