package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Kind;
import dev.knots.routine.Pressure;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.Countdown;
import dev.knots.session.Phase;
import dev.knots.session.PhaseKind;
import dev.knots.session.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class CountdownScreenTest {
  private static final Step ROLL =
      new Step(
          "Calves on the roller with a rather long name that will not fit",
          Kind.FOAM_ROLL,
          "gastrocnemius",
          Sides.BOTH,
          Duration.ofSeconds(80),
          4,
          Pressure.MODERATE,
          "Sit with the roller under one calf, the other leg crossed on top for more weight if you"
              + " like. Roll slowly from below the knee to above the ankle, and pause on a tender"
              + " spot for 20-30 seconds.");

  private static Snapshot at(long elapsedSeconds, Countdown.State state, boolean keys) {
    Phase phase = new Phase(0, ROLL, PhaseKind.WORK, Sides.LEFT, 80 * Countdown.SECOND);
    long left = (80 - elapsedSeconds) * Countdown.SECOND;
    return new Snapshot(
        state,
        0,
        phase,
        Optional.of(new Phase(0, ROLL, PhaseKind.WORK, Sides.RIGHT, 80 * Countdown.SECOND)),
        left,
        80 * Countdown.SECOND,
        elapsedSeconds * Countdown.SECOND,
        600 * Countdown.SECOND,
        1,
        6,
        keys);
  }

  private static List<String> plain(List<String> lines) {
    return lines.stream().map(l -> AttributedString.fromAnsi(l).toString()).toList();
  }

  @Test
  void should_fit_every_frame_in_any_terminal_size_without_wrapping_or_scrolling() {
    for (boolean color : new boolean[] {true, false}) {
      for (boolean unicode : new boolean[] {true, false}) {
        CountdownScreen screen = new CountdownScreen("Calf knot release", color, unicode);
        for (int w = 1; w <= 130; w++) {
          for (int h = 1; h <= 45; h++) {
            for (Snapshot s :
                List.of(
                    at(5, Countdown.State.RUNNING, false), at(79, Countdown.State.PAUSED, true))) {
              List<String> lines = plain(screen.lines(s, w, h, List.of()));
              List<String> asked = plain(screen.lines(s, w, h, List.of("Quit? y/n", "more")));
              assertThat(lines).hasSizeLessThanOrEqualTo(h).isNotEmpty();
              assertThat(asked).hasSizeLessThanOrEqualTo(h);
              int width = w;
              assertThat(lines).allMatch(l -> l.length() <= width, "lines fit " + w + "x" + h);
              assertThat(asked).allMatch(l -> l.length() <= width, "prompt fits " + w + "x" + h);
            }
          }
        }
      }
    }
  }

  @Test
  void should_show_step_time_bars_pace_next_and_keys_in_a_normal_terminal() {
    CountdownScreen screen = new CountdownScreen("Calf knot release", false, true);
    String frame =
        String.join("\n", screen.lines(at(30, Countdown.State.RUNNING, false), 80, 24, List.of()));
    assertThat(frame)
        .contains("step 1 of 6", "left side", "foam-roll · gastrocnemius · moderate pressure")
        .contains("Roll slowly")
        .contains("pass 2 of 4")
        .contains("0:30 / 1:20", "9:30 left")
        .contains("next: Calves on the roller")
        .contains("space pause  n next  b back  +/- 15s  s stop  q quit  ? keys");
    assertThat(frame).doesNotContain("\u001B");
  }

  @Test
  void should_use_a_compact_layout_below_40_columns_or_10_rows() {
    CountdownScreen screen = new CountdownScreen("Calf knot release", false, false);
    List<String> narrow = screen.lines(at(30, Countdown.State.PAUSED, false), 39, 24, List.of());
    assertThat(narrow.get(0)).startsWith("1/6 Calves on the roller");
    assertThat(narrow.get(1)).startsWith("0:50").endsWith("PAUSED");
    assertThat(narrow).last().isEqualTo("spc n b + - s q ?");
    List<String> low = screen.lines(at(30, Countdown.State.RUNNING, false), 100, 9, List.of());
    assertThat(low).hasSizeLessThanOrEqualTo(9).first().asString().startsWith("1/6");
  }

  @Test
  void should_draw_big_digits_in_a_tall_terminal() {
    CountdownScreen screen = new CountdownScreen("x", false, true);
    String frame =
        String.join("\n", screen.lines(at(30, Countdown.State.RUNNING, false), 80, 30, List.of()));
    assertThat(frame).contains(BigDigits.render("0:50").get(0));
  }

  @Test
  void should_move_the_pace_marker_out_on_one_pass_and_back_on_the_next() {
    CountdownScreen screen = new CountdownScreen("x", false, false);
    String firstPass =
        paceLine(screen.lines(at(19, Countdown.State.RUNNING, false), 80, 24, List.of()));
    String secondPass =
        paceLine(screen.lines(at(21, Countdown.State.RUNNING, false), 80, 24, List.of()));
    assertThat(firstPass.indexOf('o')).isGreaterThan(40);
    assertThat(secondPass.indexOf('o')).isGreaterThan(40);
    String startOfSecond =
        paceLine(screen.lines(at(39, Countdown.State.RUNNING, false), 80, 24, List.of()));
    assertThat(startOfSecond.indexOf('o')).isLessThan(15);
  }

  private static String paceLine(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith(" pace")).findFirst().orElseThrow();
  }

  @Test
  void should_wrap_a_prompt_so_every_choice_stays_visible_on_a_narrow_screen() {
    CountdownScreen screen = new CountdownScreen("Calf knot release", false, false);
    for (int width : new int[] {38, 60}) {
      List<String> lines =
          screen.lines(at(30, Countdown.State.PAUSED, false), width, 12, Prompts.WHAT_HAPPENED);
      String all = String.join("\n", lines);
      assertThat(all)
          .contains("1 sharp pain", "2 numbness or tingling", "3 dizziness", "4 something else");
      assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    }
  }
}
