package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FiguresTest {
  static Stream<Figure> bundled() {
    return Figures.all().stream();
  }

  @Test
  void should_bundle_at_least_twenty_figures_with_distinct_drawings() {
    assertThat(Figures.all()).hasSizeGreaterThanOrEqualTo(20);
    Set<List<String>> drawings = new HashSet<>();
    Figures.all().forEach(f -> assertThat(drawings.add(f.lines())).as(f.name()).isTrue());
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void should_keep_every_bundled_figure_within_twelve_lines_of_36_columns(Figure figure) {
    assertThat(figure.height()).isBetween(1, 12);
    assertThat(figure.width()).isBetween(1, 36);
    assertThat(figure.description()).isNotBlank();
    assertThat(RoutineNames.isValid(figure.name())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void should_give_back_every_bundled_figure_when_mirrored_twice(Figure figure) {
    assertThat(figure.mirrored().mirrored()).isEqualTo(figure);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void should_draw_only_ascii_in_the_bundled_figures(Figure figure) {
    for (String line : figure.lines()) {
      assertThat(line.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).as(line).isTrue();
    }
  }

  @Test
  void should_mirror_by_reversing_padded_lines_and_swapping_the_pairs() {
    Figure left = new Figure("x", "x", List.of(" O", "/|(", "<-[{╭└"));
    assertThat(left.mirrored().lines()).containsExactly("    O ", "   )|\\", "┘╮}]->");
  }

  @Test
  void should_leave_symmetric_characters_alone_when_mirroring() {
    assertThat(Figure.swap('|')).isEqualTo('|');
    assertThat(Figure.swap('O')).isEqualTo('O');
    assertThat(Figure.swap('/')).isEqualTo('\\');
    assertThat(Figure.swap('┐')).isEqualTo('┌');
  }

  @Test
  void should_refuse_a_figure_over_the_size_limits() {
    assertThatThrownBy(() -> new Figure("x", "x", List.of("x".repeat(37))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Figure("x", "x", Collections.nCopies(13, "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_name_a_figure_for_every_bundled_step_and_find_it() {
    for (LocatedRoutine located : BundledRoutines.all()) {
      for (Step step : located.routine().steps()) {
        assertThat(step.figure()).as(located.name() + ": " + step.name()).isNotEmpty();
        assertThat(Figures.of(step)).as(step.figure()).isPresent();
      }
    }
  }

  @Test
  void should_use_every_bundled_figure_in_some_bundled_step() {
    Set<String> used = new HashSet<>();
    BundledRoutines.all().forEach(r -> r.routine().steps().forEach(s -> used.add(s.figure())));
    assertThat(used).containsAll(Figures.names());
  }

  @Test
  void should_draw_a_step_s_own_drawing_as_written() {
    Step step =
        new Step("s", Kind.STRETCH, "", Sides.BOTH, Duration.ofSeconds(30), 0, null, "")
            .withFigure(" O\n/|\\\n");
    assertThat(Figures.of(step).orElseThrow().lines()).containsExactly(" O ", "/|\\");
  }

  @Test
  void should_suggest_the_closest_name_and_list_them_all_for_an_unknown_figure() {
    assertThat(Figures.unknownMessage("roler-calves"))
        .startsWith("no figure named 'roler-calves' - did you mean 'roller-calves'?")
        .contains("arm-hug")
        .endsWith("'knots routines figures' draws them)");
  }
}
