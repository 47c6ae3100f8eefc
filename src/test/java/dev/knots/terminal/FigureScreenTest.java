package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Figure;
import dev.knots.routine.Figures;
import dev.knots.routine.Kind;
import dev.knots.routine.Pressure;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.Countdown;
import dev.knots.session.Phase;
import dev.knots.session.PhaseKind;
import dev.knots.session.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The countdown screen with a step's figure: beside the clock, below it, or left out. */
class FigureScreenTest {
  private static final Step ROLL =
      new Step(
              "Calves on the roller",
              Kind.FOAM_ROLL,
              "gastrocnemius",
              Sides.BOTH,
              Duration.ofSeconds(90),
              8,
              Pressure.MODERATE,
              "Sit with the roller under one calf. Roll slowly from below the back of the knee down"
                  + " to where the muscle turns into tendon; stop there.")
          .withFigure("roller-calves");

  private static Snapshot at(PhaseKind kind, Sides side, long left, long length) {
    Phase phase = new Phase(0, ROLL, kind, side, length * Countdown.SECOND);
    return new Snapshot(
        Countdown.State.RUNNING,
        kind == PhaseKind.LEAD_IN ? 0 : 1,
        phase,
        Optional.of(new Phase(1, ROLL, PhaseKind.WORK, Sides.RIGHT, 90 * Countdown.SECOND)),
        left * Countdown.SECOND,
        length * Countdown.SECOND,
        (length - left) * Countdown.SECOND,
        600 * Countdown.SECOND,
        1,
        5,
        false);
  }

  private static List<String> plain(List<String> lines) {
    return lines.stream().map(l -> AttributedString.fromAnsi(l).toString()).toList();
  }

  @ParameterizedTest(name = "{0}x{1} {2} {3}")
  @CsvSource({
    "120, 40, WORK, LEFT",
    "80, 24, WORK, RIGHT",
    "60, 20, LEAD_IN, LEFT",
    "40, 12, WORK, LEFT"
  })
  void should_draw_the_golden_screen(int w, int h, PhaseKind kind, Sides side) throws IOException {
    Snapshot s = kind == PhaseKind.LEAD_IN ? at(kind, side, 4, 5) : at(kind, side, 42, 90);
    List<String> lines =
        plain(new CountdownScreen("Calf knot release", true, true).lines(s, w, h, List.of()));
    String name = "screens/" + w + "x" + h + "-" + kind.name().toLowerCase() + ".txt";
    Path golden = Path.of("src/test/resources/dev/knots/terminal/" + name);
    String text = String.join("\n", lines).replaceAll(" +\n", "\n").stripTrailing() + "\n";
    if (!Files.exists(golden)) {
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void should_show_the_figure_whole_or_not_at_all_at_every_size() {
    Figure left = Figures.named("roller-calves").orElseThrow();
    CountdownScreen screen = new CountdownScreen("Calf knot release", false, true);
    for (int w = 1; w <= 130; w++) {
      for (int h = 1; h <= 45; h++) {
        List<String> lines =
            plain(screen.lines(at(PhaseKind.WORK, Sides.LEFT, 42, 90), w, h, List.of()));
        assertThat(lines).hasSizeLessThanOrEqualTo(h);
        int width = w;
        assertThat(lines).allMatch(l -> l.length() <= width, "fits " + w + "x" + h);
        String all = String.join("\n", lines);
        long shown =
            left.lines().stream()
                .filter(l -> l.strip().length() > 3 && all.contains(l.strip()))
                .count();
        assertThat(shown)
            .as(w + "x" + h)
            .isIn(0L, left.lines().stream().filter(l -> l.strip().length() > 3).count());
      }
    }
  }

  @Test
  void should_draw_the_mirrored_figure_for_the_right_side() {
    CountdownScreen screen = new CountdownScreen("x", false, true);
    String right =
        String.join(
            "\n", plain(screen.lines(at(PhaseKind.WORK, Sides.RIGHT, 42, 90), 120, 40, List.of())));
    assertThat(right).contains("(/    <--(@)-->").doesNotContain("<--(@)-->    \\)");
  }

  @Test
  void should_leave_the_figure_out_when_figures_are_off() {
    CountdownScreen screen = new CountdownScreen("x", false, true, false);
    String shown =
        String.join(
            "\n", plain(screen.lines(at(PhaseKind.WORK, Sides.LEFT, 42, 90), 120, 40, List.of())));
    assertThat(shown).doesNotContain("<--(@)-->");
  }

  @Test
  void should_tell_what_to_do_during_a_lead_in() {
    CountdownScreen screen = new CountdownScreen("x", false, true);
    String shown =
        String.join(
            "\n", plain(screen.lines(at(PhaseKind.LEAD_IN, Sides.LEFT, 4, 5), 80, 24, List.of())));
    assertThat(shown)
        .contains("Get into position: Calves on the roller - left side")
        .contains("Sitting, the roller under one calf")
        .contains("get ready - space starts now");
  }

  @Test
  void should_draw_the_figure_below_the_clock_when_too_narrow_beside_but_tall_enough() {
    Figure figure = Figures.named("roller-calves").orElseThrow();
    assertThat(CountdownScreen.placement(figure, 60, 40, true))
        .isEqualTo(CountdownScreen.Placement.BELOW);
    assertThat(CountdownScreen.placement(figure, 120, 40, true))
        .isEqualTo(CountdownScreen.Placement.BESIDE);
    assertThat(CountdownScreen.placement(figure, 60, 20, true))
        .isEqualTo(CountdownScreen.Placement.NONE);
    CountdownScreen screen = new CountdownScreen("x", false, true);
    List<String> lines =
        plain(screen.lines(at(PhaseKind.WORK, Sides.LEFT, 42, 90), 60, 40, List.of()));
    int next = -1;
    int roller = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("next:")) {
        next = i;
      }
      if (lines.get(i).contains("<--(@)-->")) {
        roller = i;
      }
    }
    assertThat(roller).isGreaterThan(next).isPositive();
  }
}
