package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Scaling over many routines and targets (jqwik names its own properties). */
class ScalingPropertiesTest {

  @Property(tries = 300)
  void scaled_totals_are_whole_seconds_near_the_request(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 5, max = 600) Integer> seconds,
      @ForAll @IntRange(min = 1, max = 60) int minutes) {
    List<Step> steps =
        seconds.stream()
            .map(s -> s % 2 == 0 ? Steps.both("b" + s, s) : Steps.step("a" + s, s))
            .toList();
    Routine scaled = Scaling.toMinutes(Steps.routine(steps), minutes);
    long total = scaled.totalDuration().toSeconds();
    long switches = steps.stream().filter(s -> s.sides().count() == 2).count();
    long target = minutes * 60L - switches * Phases.SWITCH_SIDES.toSeconds();
    assertThat(scaled.steps()).allMatch(s -> s.duration().getNano() == 0);
    assertThat(scaled.steps()).allMatch(s -> s.duration().toSeconds() >= 5);
    double factor = target / (double) Steps.routine(steps).totalDuration().toSeconds();
    boolean limitsCanBite =
        target < 1 || seconds.stream().anyMatch(s -> s * factor < 6 || s * factor > 1799);
    if (!limitsCanBite) {
      // the rounding carries over, so only the last two-sided step can miss by a second
      assertThat(total).isBetween(target - 1, target + 1);
    } else {
      assertThat(scaled.steps()).allMatch(s -> s.duration().toSeconds() <= 1800);
    }
  }
}
