package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.BundledRoutines;
import dev.knots.routine.Kind;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.Routine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The split of a session over several areas: weights, limits, order and rounding. */
class TimeSplitTest {
  private static final List<LocatedRoutine> BUNDLED = BundledRoutines.all();

  @Provide
  Arbitrary<List<AreaShare>> shares() {
    Arbitrary<AreaShare> share =
        Combinators.combine(Arbitraries.of(BUNDLED), Arbitraries.integers().between(1, 3))
            .as((r, w) -> new AreaShare(r.routine().area(), r.routine(), w, "test"));
    return share.list().ofMinSize(1).ofMaxSize(TimeSplit.MAX_AREAS).uniqueElements(AreaShare::area);
  }

  @Property
  void should_last_the_minutes_asked_within_15_seconds_unless_the_limits_keep_it_off(
      @ForAll("shares") List<AreaShare> shares, @ForAll @IntRange(min = 5, max = 30) int minutes) {
    CombinedRoutine combined = TimeSplit.combine(shares, minutes, Phases.DEFAULT_LEAD_IN);

    long seconds = Scaling.sessionSeconds(combined.routine(), Phases.DEFAULT_LEAD_IN);
    long target = minutes * 60L;
    boolean closeEnough = Math.abs(seconds - target) <= 15;
    if (seconds - target > 15) {
      // only the floor makes it longer: a step of the areas at 15 s a side, by under a minute
      assertThat(seconds - target).isLessThan(60);
      assertThat(combined.routine().steps())
          .filteredOn(s -> s.kind() != Kind.BREATHE && s.kind() != Kind.REST)
          .anySatisfy(
              s -> assertThat(s.duration().toSeconds()).isEqualTo(TimeSplit.MIN_STEP_SECONDS));
      return;
    }
    if (Scaling.shortOf(combined.routine(), minutes, Phases.DEFAULT_LEAD_IN).isZero()
        && closeEnough) {
      return;
    }
    if (Scaling.shortOf(combined.routine(), minutes, Phases.DEFAULT_LEAD_IN).isZero()) {
      // short by less than the half minute the overview would mention, every step at its cap
      assertThat(target - seconds).isBetween(16L, 30L);
      assertThat(combined.routine().steps())
          .filteredOn(s -> s.kind() != Kind.BREATHE && s.kind() != Kind.REST)
          .allSatisfy(s -> assertThat(s.duration().toSeconds()).isEqualTo(Scaling.capSeconds(s)));
    } else {
      // only the limits make it shorter: every step of the areas at its cap
      assertThat(seconds).isLessThan(target);
      assertThat(combined.routine().steps())
          .filteredOn(s -> s.kind() != Kind.BREATHE && s.kind() != Kind.REST)
          .allSatisfy(s -> assertThat(s.duration().toSeconds()).isEqualTo(Scaling.capSeconds(s)));
    }
  }

  @Property
  void should_give_every_step_of_the_areas_at_least_15_seconds_a_side(
      @ForAll("shares") List<AreaShare> shares, @ForAll @IntRange(min = 1, max = 30) int minutes) {
    CombinedRoutine combined = TimeSplit.combine(shares, minutes, Phases.DEFAULT_LEAD_IN);

    assertThat(combined.routine().steps())
        .filteredOn(s -> s.kind() != Kind.BREATHE && s.kind() != Kind.REST)
        .allSatisfy(
            s ->
                assertThat(s.duration().toSeconds())
                    .isGreaterThanOrEqualTo(TimeSplit.MIN_STEP_SECONDS));
  }

  @Property
  void should_keep_the_safe_scaling_limits(
      @ForAll("shares") List<AreaShare> shares, @ForAll @IntRange(min = 1, max = 120) int minutes) {
    CombinedRoutine combined = TimeSplit.combine(shares, minutes, Phases.DEFAULT_LEAD_IN);

    assertThat(combined.routine().steps())
        .allSatisfy(
            s -> {
              assertThat(s.duration().toSeconds()).isLessThanOrEqualTo(Scaling.capSeconds(s));
              assertThat(s.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            });
  }

  @Property
  void should_press_first_then_stretch_within_each_area_with_one_breathing_step_at_the_end(
      @ForAll("shares") List<AreaShare> shares, @ForAll @IntRange(min = 5, max = 30) int minutes) {
    CombinedRoutine combined = TimeSplit.combine(shares, minutes, Phases.DEFAULT_LEAD_IN);

    List<Kind> kinds = combined.routine().steps().stream().map(s -> s.kind()).toList();
    long resting = kinds.stream().filter(k -> k == Kind.BREATHE || k == Kind.REST).count();
    assertThat(resting).isLessThanOrEqualTo(1);
    if (resting == 1) {
      assertThat(kinds.get(kinds.size() - 1)).isIn(Kind.BREATHE, Kind.REST);
    }
    for (Area area : combined.areas()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        Kind kind = kinds.get(i);
        if (combined.stepAreas().get(i) == area && kind != Kind.BREATHE && kind != Kind.REST) {
          order.add(
              List.of(Kind.THUMB_MASSAGE, Kind.BALL_MASSAGE, Kind.FOAM_ROLL, Kind.STRETCH)
                  .indexOf(kind));
        }
      }
      assertThat(order).isSorted();
    }
  }

  @Property
  void should_give_a_heavier_area_at_least_the_time_of_a_lighter_one_with_the_same_routine(
      @ForAll @IntRange(min = 8, max = 20) int minutes) {
    Routine calves = routine(Area.CALVES);
    Routine quads = routine(Area.QUADS);
    // the same steps for both, so only the weight differs
    Routine sameAsCalves =
        new Routine("q", "q", Area.QUADS, "", List.of(), List.of(), List.of(), calves.steps());
    CombinedRoutine combined =
        TimeSplit.combine(
            List.of(
                new AreaShare(Area.CALVES, calves, 3, "x"),
                new AreaShare(Area.QUADS, sameAsCalves, 1, "x")),
            minutes,
            Phases.DEFAULT_LEAD_IN);

    assertThat(quads).isNotNull();
    Duration heavy = combined.parts().get(0).time();
    Duration light = combined.parts().get(1).time();
    assertThat(heavy).isGreaterThanOrEqualTo(light);
  }

  static Routine routine(Area area) {
    return BUNDLED.stream()
        .map(LocatedRoutine::routine)
        .filter(r -> r.area() == area)
        .findFirst()
        .orElseThrow();
  }
}
