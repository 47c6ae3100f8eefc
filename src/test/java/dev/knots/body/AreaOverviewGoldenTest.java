package dev.knots.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The areas' overview as the golden files say; the files were first written by {@code knots areas}
 * before its rendering moved here. {@code -Dknots.golden.update=true} rewrites them.
 */
class AreaOverviewGoldenTest {
  static final Path FOLDER = Path.of("src/test/resources/dev/knots/body");

  static void assertGolden(String name, String text) throws Exception {
    String actual = text + "\n";
    Path golden = FOLDER.resolve(name);
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(FOLDER);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The bundled routines' NAMEs: one for each area. */
  static Map<Area, List<String>> bundled() {
    Map<Area, List<String>> routines = new EnumMap<>(Area.class);
    routines.put(Area.NECK, List.of("neck-gentle-release"));
    routines.put(Area.UPPER_BACK, List.of("upper-back-release"));
    routines.put(Area.LOWER_BACK, List.of("lower-back-release"));
    routines.put(Area.SHOULDERS, List.of("shoulder-traps-release"));
    routines.put(Area.CHEST, List.of("chest-opener"));
    routines.put(Area.FOREARMS, List.of("forearm-release"));
    routines.put(Area.GLUTES, List.of("glute-release"));
    routines.put(Area.HIPS, List.of("hip-flexor-release"));
    routines.put(Area.HAMSTRINGS, List.of("hamstring-release"));
    routines.put(Area.QUADS, List.of("quad-release"));
    routines.put(Area.OUTER_THIGH, List.of("outer-thigh-release"));
    routines.put(Area.CALVES, List.of("calf-release"));
    routines.put(Area.FEET, List.of("foot-release"));
    return routines;
  }

  @Test
  void should_draw_every_area_with_its_routines() throws Exception {
    assertGolden("areas.txt", String.join("\n", AreaOverview.lines(bundled())));
    assertGolden("areas.json", AreaOverview.json(bundled(), "\n"));
  }

  @Test
  void should_count_two_routines_of_one_area() throws Exception {
    Map<Area, List<String>> mine = bundled();
    mine.put(
        Area.NECK,
        List.of("a-very-long-routine-name-for-the-width-of-the-column", "neck-gentle-release"));

    assertGolden("areas-mine.txt", String.join("\n", AreaOverview.lines(mine)));
    assertGolden("areas-mine.json", AreaOverview.json(mine, "\n"));
  }

  @Test
  void should_mark_the_areas_without_routines() throws Exception {
    Map<Area, List<String>> some = bundled();
    some.put(Area.FEET, List.of());
    some.remove(Area.NECK);

    assertGolden("areas-some.txt", String.join("\n", AreaOverview.lines(some)));
  }
}
