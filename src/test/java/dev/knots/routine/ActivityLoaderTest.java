package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.util.List;
import org.junit.jupiter.api.Test;

/** activities.yaml: each mistake at its place, only its activity left out. */
class ActivityLoaderTest {
  @Test
  void should_ship_every_listed_activity_without_a_problem() {
    ActivityMap map = ActivityLoader.bundled();

    assertThat(map.problems()).isEmpty();
    assertThat(map.names())
        .contains(
            "running",
            "cycling",
            "swimming",
            "rowing",
            "squats",
            "deadlifts",
            "bench-press",
            "overhead-press",
            "pull-ups",
            "climbing",
            "tennis",
            "padel",
            "football",
            "hiking",
            "yoga",
            "desk-day");
    assertThat(map.find("Bench Press")).map(Activity::name).hasValue("bench-press");
    assertThat(map.find("running").orElseThrow().weights()).containsEntry(Area.CALVES, 3);
  }

  @Test
  void should_leave_out_each_broken_activity_at_its_line_and_keep_the_rest() throws Exception {
    String text =
        "ok:\n"
            + "  calves: 2\n"
            + "heavy:\n"
            + "  quads: 4\n"
            + "twice:\n"
            + "  neck: 1\n"
            + "  neck: 2\n"
            + "flat: 3\n"
            + "Bad Name!:\n"
            + "  neck: 1\n"
            + "calf-alias:\n"
            + "  calf: 1\n";

    ActivityMap map = ActivityLoader.parse(text, "a.yaml", "a.yaml");

    assertThat(map.names()).containsExactly("ok", "calf-alias");
    assertThat(map.problems())
        .extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("a.yaml:4:10: the weight of quads in heavy"))
        .anySatisfy(p -> assertThat(p).startsWith("a.yaml:8:7: flat is a number"))
        .anySatisfy(p -> assertThat(p).contains("is not an activity name"));
  }

  @Test
  void should_refuse_more_than_six_areas_in_one_activity() throws Exception {
    StringBuilder text = new StringBuilder("everything:\n");
    for (Area area : List.of(Area.values()).subList(0, 7)) {
      text.append("  ").append(area.id()).append(": 1\n");
    }

    ActivityMap map = ActivityLoader.parse(text.toString(), "a.yaml", "a.yaml");

    assertThat(map.names()).isEmpty();
    assertThat(map.problems()).singleElement().asString().contains("at most 6");
  }

  @Test
  void should_fail_on_a_file_that_is_not_yaml_with_its_place() {
    assertThatThrownBy(() -> ActivityLoader.parse("a: [\n", "a.yaml", "a.yaml"))
        .isInstanceOf(RoutineException.class)
        .hasMessageContaining("a.yaml:");
  }
}
