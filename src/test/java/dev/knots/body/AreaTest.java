package dev.knots.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTest {
  @Test
  void should_find_areas_by_name_or_alias_ignoring_case() {
    assertThat(Area.parse("lower-back")).contains(Area.LOWER_BACK);
    assertThat(Area.parse("Lumbar")).contains(Area.LOWER_BACK);
    assertThat(Area.parse(" IT-band ")).contains(Area.OUTER_THIGH);
    assertThat(Area.parse("calf")).contains(Area.CALVES);
    assertThat(Area.parse("../../etc")).isEmpty();
    assertThat(Area.parse(null)).isEmpty();
  }

  @Test
  void should_have_the_thirteen_areas_of_the_format_with_legs_and_spine_groups() {
    assertThat(Area.ids())
        .containsExactly(
            "neck",
            "upper-back",
            "lower-back",
            "shoulders",
            "chest",
            "forearms",
            "glutes",
            "hips",
            "hamstrings",
            "quads",
            "outer-thigh",
            "calves",
            "feet");
    assertThat(Area.values()).filteredOn(Area::isLeg).hasSize(7);
    assertThat(Area.values())
        .filteredOn(Area::isSpine)
        .containsExactly(Area.NECK, Area.UPPER_BACK, Area.LOWER_BACK);
  }

  @Test
  void should_suggest_the_closest_name_for_a_typo() {
    assertThat(Suggestions.closest("lower-bakc", Area.allNames())).contains("lower-back");
    assertThat(Suggestions.closest("hamstring", Area.allNames())).contains("hamstrings");
    assertThat(Suggestions.closest("xyz", Area.allNames())).isEmpty();
  }
}
