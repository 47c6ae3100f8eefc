package dev.knots.routine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a routine.
 *
 * @param duration per side
 * @param passes foam-roll passes for pacing, or 0 when not paced
 * @param pressure null when the routine does not say
 * @param target the muscle, or empty
 */
public record Step(
    String name,
    Kind kind,
    String target,
    Sides sides,
    Duration duration,
    int passes,
    Pressure pressure,
    String cue) {

  public static final Duration MIN_DURATION = Duration.ofSeconds(5);
  public static final Duration MAX_DURATION = Duration.ofMinutes(30);

  public Step {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(duration, "duration");
    target = target == null ? "" : target;
    cue = cue == null ? "" : cue;
    if (name.isBlank()) {
      throw new IllegalArgumentException("a step needs a name");
    }
    if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException("duration must be from 5s to 30m: " + duration);
    }
    if (passes < 0) {
      throw new IllegalArgumentException("passes must be positive: " + passes);
    }
    if (passes > 0 && kind != Kind.FOAM_ROLL) {
      throw new IllegalArgumentException("passes are only for foam-roll steps");
    }
  }

  public OptionalInt passesIfPaced() {
    return passes > 0 ? OptionalInt.of(passes) : OptionalInt.empty();
  }

  public Optional<Pressure> pressureIfGiven() {
    return Optional.ofNullable(pressure);
  }

  /** The time this step takes, both sides counted. */
  public Duration totalDuration() {
    return duration.multipliedBy(sides.count());
  }

  public Step withDuration(Duration newDuration) {
    return new Step(name, kind, target, sides, newDuration, passes, pressure, cue);
  }

  public Step withPressure(Pressure newPressure) {
    return new Step(name, kind, target, sides, duration, passes, newPressure, cue);
  }

  public Step withCue(String newCue) {
    return new Step(name, kind, target, sides, duration, passes, pressure, newCue);
  }
}
