package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static dev.knots.triage.TriageFixtures.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven from the catalogue: every flag for every area, asked there or not. */
class FlagTableTest {

  /** Every asked flag with every area it is asked for. */
  static Stream<Arguments> flagsWithTheirAreas() {
    List<Arguments> cases = new ArrayList<>();
    for (Flag flag : CATALOGUE.flags()) {
      if (flag.asked()) {
        for (Area area : flag.areas()) {
          cases.add(Arguments.of(flag.id(), area));
        }
      }
    }
    return cases.stream();
  }

  /** Every asked flag with every area it is NOT asked for. */
  static Stream<Arguments> flagsWithOtherAreas() {
    List<Arguments> cases = new ArrayList<>();
    for (Flag flag : CATALOGUE.flags()) {
      for (Area area : Area.values()) {
        if (flag.asked() && !flag.areas().contains(area)) {
          cases.add(Arguments.of(flag.id(), area));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("flagsWithTheirAreas")
  void should_fire_its_level_for_every_area_it_is_asked_for(String id, Area area) {
    Flag flag = CATALOGUE.flag(id).orElseThrow();
    assertThat(CATALOGUE.itemIds(groupOf(flag), Optional.of(area))).contains(id);

    TriageOutcome outcome = decide(area, "none pain=2 " + id + "=yes");

    assertThat(outcome.level()).isEqualTo(flag.level());
    assertThat(outcome.reasons()).extracting(Reason::id).contains(id);
    assertThat(outcome.reasons().get(0).text()).isEqualTo(flag.reason());
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("flagsWithOtherAreas")
  void should_still_count_when_answered_for_an_area_it_is_not_asked_for(String id, Area area) {
    Flag flag = CATALOGUE.flag(id).orElseThrow();
    assertThat(CATALOGUE.itemIds(groupOf(flag), Optional.of(area))).doesNotContain(id);

    TriageOutcome outcome = decide(area, "none pain=2 " + id + "=yes");

    assertThat(outcome.level()).isEqualTo(flag.level());
    assertThat(outcome.reasons()).extracting(Reason::id).containsExactly(id);
  }

  private static Group groupOf(Flag flag) {
    return Group.valueOf(flag.level().name());
  }
}
