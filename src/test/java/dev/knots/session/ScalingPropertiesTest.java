package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.routine.Pressure;
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
  void scaled_totals_are_whole_seconds_near_the_request_when_the_limits_allow(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 5, max = 600) Integer> seconds,
      @ForAll @IntRange(min = 1, max = 120) int minutes) {
    List<Step> steps =
        seconds.stream()
            .map(
                s ->
                    s % 3 == 0
                        ? Steps.roll("r" + s, Math.min(s, 300), Pressure.FIRM)
                        : s % 2 == 0 ? Steps.both("b" + s, s) : Steps.step("a" + s, s))
            .toList();
    Routine routine = Steps.routine(steps);
    Routine scaled = Scaling.toMinutes(routine, minutes, Phases.DEFAULT_LEAD_IN);
    long total = scaled.totalDuration().toSeconds();
    // a 5 s lead-in before every side is part of the minutes
    long sides = steps.stream().mapToLong(s -> s.sides().count()).sum();
    long target = minutes * 60L - sides * 5;
    long least = steps.stream().mapToLong(s -> 5L * s.sides().count()).sum();
    long most = steps.stream().mapToLong(s -> Scaling.capSeconds(s) * s.sides().count()).sum();

    assertThat(scaled.steps()).allMatch(s -> s.duration().getNano() == 0);
    assertThat(scaled.steps()).allMatch(s -> s.duration().toSeconds() >= 5);
    assertThat(scaled.steps())
        .filteredOn(s -> s.kind().appliesPressure())
        .allMatch(s -> s.duration().toSeconds() <= 120);
    assertThat(scaled.steps()).allMatch(s -> s.duration().toSeconds() <= 300);
    for (int i = 0; i < steps.size(); i++) {
      Step before = steps.get(i);
      Step after = scaled.steps().get(i);
      if (before.passes() > 0 && after.passes() > 1) {
        // a roll is never paced faster than written
        assertThat(after.duration().toMillis() * before.passes())
            .isGreaterThanOrEqualTo(before.duration().toMillis() * after.passes());
      }
    }
    if (target >= least + 2 && target <= most - 2) {
      // the rounding carries over, so only a two-sided step at the end can miss by a second or two
      assertThat(total).isBetween(target - 2, target + 2);
    } else if (target > most) {
      assertThat(total).isEqualTo(most);
      assertThat(Scaling.shortOf(scaled, minutes, Phases.DEFAULT_LEAD_IN).toSeconds())
          .isEqualTo(target - most > 30 ? target - most : 0);
    }
  }
}
