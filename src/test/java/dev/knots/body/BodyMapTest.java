package dev.knots.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyMapTest {

  @Test
  void should_mark_only_areas_with_routines() {
    List<String> map = BodyMap.render(EnumSet.of(Area.CALVES, Area.NECK));
    String text = String.join("\n", map);

    assertThat(text).contains("CV").contains("NK").doesNotContain("HM").doesNotContain("FA");
    assertThat(text).contains("··");
  }

  @Test
  void should_keep_the_figure_the_same_width_when_areas_are_dotted() {
    List<String> full = BodyMap.render(EnumSet.allOf(Area.class));
    List<String> empty = BodyMap.render(EnumSet.noneOf(Area.class));

    assertThat(empty).hasSameSizeAs(full);
    for (int i = 0; i < full.size(); i++) {
      assertThat(empty.get(i)).hasSameSizeAs(full.get(i));
    }
  }

  @Test
  void should_have_a_code_for_every_area() {
    String text = String.join("\n", BodyMap.render(EnumSet.allOf(Area.class)));

    for (Area area : Area.values()) {
      assertThat(text).as(area.id()).contains(BodyMap.code(area));
    }
  }
}
