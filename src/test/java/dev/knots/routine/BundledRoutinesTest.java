package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledRoutinesTest {
  @TempDir Path dir;

  private List<LocatedRoutine> bundled() {
    RoutineLibrary library = new RoutineLibrary(dir);
    assertThat(library.invalid()).isEmpty();
    return library.inForce();
  }

  @Test
  void should_last_six_to_twelve_minutes_when_bundled() {
    assertThat(bundled())
        .allSatisfy(
            r ->
                assertThat(r.routine().totalDuration())
                    .as(r.name())
                    .isBetween(Duration.ofMinutes(6), Duration.ofMinutes(12)));
  }

  @Test
  void should_carry_cautions_and_sources_when_bundled() {
    assertThat(bundled())
        .allSatisfy(
            r -> {
              assertThat(r.routine().cautions()).as(r.name()).isNotEmpty();
              assertThat(r.routine().sources())
                  .as(r.name())
                  .isNotEmpty()
                  .allSatisfy(s -> assertThat(s).contains(" - https://"));
              assertThat(r.routine().summary()).as(r.name()).isNotBlank();
            });
  }

  @Test
  void should_say_where_the_body_is_and_what_every_step_rests_on_when_bundled() {
    assertThat(bundled())
        .allSatisfy(
            r ->
                assertThat(r.routine().steps())
                    .as(r.name())
                    .allSatisfy(
                        s -> {
                          assertThat(s.position()).as(s.name()).isNotNull();
                          assertThat(s.over()).as(s.name()).isNotEmpty();
                        }));
  }

  @Test
  void should_keep_every_bundled_pressing_step_within_two_minutes_a_side() {
    assertThat(bundled())
        .flatMap(r -> r.routine().steps())
        .filteredOn(s -> s.kind().appliesPressure())
        .allSatisfy(
            s -> assertThat(s.duration()).as(s.name()).isLessThanOrEqualTo(Duration.ofMinutes(2)));
  }

  private Routine routine(String name) {
    return bundled().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow()
        .routine();
  }

  private String cue(String routine, String step) {
    return routine(routine).steps().stream()
        .filter(s -> s.name().equals(step))
        .findFirst()
        .orElseThrow()
        .cue();
  }

  @Test
  void should_say_what_the_clinical_read_asked_for_in_the_bundled_routines() {
    assertThat(cue("chest-opener", "Ball on the chest muscle")).contains("below the collarbone");
    assertThat(routine("chest-opener").cautions())
        .anySatisfy(c -> assertThat(c).contains("pacemaker").contains("port").contains("implant"));
    assertThat(cue("glute-release", "Ball on the side of the hip"))
        .contains("above and behind the bony point")
        .contains("never on the bony point");
    assertThat(cue("hamstring-release", "Ball under the thigh"))
        .contains("outer back of the thigh")
        .contains("if it tingles");
    assertThat(cue("quad-release", "Quads on the roller"))
        .contains("groin")
        .contains("inner thigh");
    assertThat(cue("outer-thigh-release", "Cross-over side stretch"))
        .contains("side-on to a wall")
        .contains("towards the wall");
    assertThat(cue("upper-back-release", "Doorway chest opener")).contains("shoulder height");
    assertThat(routine("hip-flexor-release").steps())
        .noneSatisfy(s -> assertThat(s.name()).containsIgnoringCase("bridge"));
    assertThat(cue("lower-back-release", "Ball beside the lower back"))
        .contains("below the lowest ribs and above the pelvis");
    assertThat(cue("lower-back-release", "Knees to chest"))
        .contains("Stop if it sends pain down a leg");
    assertThat(routine("calf-release").summary()).contains("ten minutes").contains("roller first");
    assertThat(cue("calf-release", "Calves on the roller"))
        .contains("where the muscle turns into tendon");
  }

  @Test
  void should_start_with_the_schema_line_when_bundled() {
    for (String file : BundledRoutines.fileNames()) {
      String text =
          new String(
              BundledRoutines.content(file.replace(".yaml", "")).orElseThrow(),
              StandardCharsets.UTF_8);
      assertThat(text).as(file).startsWith("# yaml-language-server: $schema=");
    }
  }

  @Test
  void should_never_roll_the_neck_or_press_hard_on_it() {
    assertThat(bundled())
        .filteredOn(r -> r.routine().area() == Area.NECK)
        .flatExtracting(r -> r.routine().steps())
        .allSatisfy(
            s -> {
              assertThat(s.kind()).isNotIn(Kind.FOAM_ROLL, Kind.BALL_MASSAGE);
              if (s.kind().appliesPressure()) {
                assertThat(s.pressure()).isEqualTo(Pressure.LIGHT);
              }
            });
  }
}
