package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Figures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutinesFiguresCommandTest {
  @TempDir Path home;

  @Test
  void should_draw_every_bundled_figure_under_its_name_and_description() {
    CliRun.Result r = new CliRun(home).run("routines", "figures");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (String name : Figures.names()) {
      assertThat("\n" + r.out()).contains("\n" + name + " - ");
    }
    assertThat(r.out())
        .startsWith(
            "roller-calves - sitting, the roller under one calf, hands on the floor behind; roll"
                + " knee to ankle\n"
                + "        O\n"
                + "       /|\n");
  }

  @Test
  void should_draw_one_figure_for_the_left_side_and_mirrored_for_the_right() {
    CliRun.Result r = new CliRun(home).run("routines", "figures", "ROLLER-CALVES");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("    left side                      right side\n")
        .contains("       /|                                              |\\\n")
        .contains("    /        <--(@)-->    \\)        (/    <--(@)-->        \\\n");
  }

  @Test
  void should_suggest_a_name_and_list_them_all_for_an_unknown_figure() {
    CliRun.Result r = new CliRun(home).run("routines", "figures", "roler-calves");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith("knots: no figure named 'roler-calves' - did you mean 'roller-calves'?")
        .contains("arm-hug");
  }

  @Test
  void should_draw_each_step_s_figure_in_routines_show() {
    CliRun.Result r = new CliRun(home).run("routines", "show", "calf-release");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains(
            "     position: sitting; rests on: muscle\n"
                + "     Sit with the roller under one calf")
        .contains("           O\n          /|\n         / |__________________\n");
  }
}
