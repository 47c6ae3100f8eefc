package dev.knots.routine;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One step of a routine.
 *
 * @param duration per side
 * @param passes foam-roll passes for pacing, or 0 when not paced
 * @param pressure null when the routine does not say
 * @param target the muscle, or empty
 * @param position where the body is, or null when the routine does not say
 * @param over what the pressure rests on; empty when the routine does not say
 * @param figure a bundled figure's name or a drawing, or empty
 * @param leadIn time to get into position before this step, or null for the settings' lead-in
 */
public record Step(
    String name,
    Kind kind,
    String target,
    Sides sides,
    Duration duration,
    int passes,
    Pressure pressure,
    String cue,
    Position position,
    Set<RestsOn> over,
    String figure,
    Duration leadIn) {

  public static final Duration MIN_DURATION = Duration.ofSeconds(5);
  public static final Duration MAX_DURATION = Duration.ofMinutes(30);

  /** Most harm from self-massage comes from too much pressure: a pressing step is kept short. */
  public static final Duration MAX_PRESSING_DURATION = Duration.ofMinutes(5);

  public static final Duration MAX_LEAD_IN = Duration.ofSeconds(15);

  public Step {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(duration, "duration");
    target = target == null ? "" : target;
    cue = cue == null ? "" : cue;
    figure = figure == null ? "" : figure;
    // sorted, so that equal steps are equal and lists read the same everywhere
    over =
        over == null || over.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(over));
    if (name.isBlank()) {
      throw new IllegalArgumentException("a step needs a name");
    }
    if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException("duration must be from 5s to 30m: " + duration);
    }
    if (kind.appliesPressure() && duration.compareTo(MAX_PRESSING_DURATION) > 0) {
      throw new IllegalArgumentException("a pressing step lasts at most 5m a side: " + duration);
    }
    if (passes < 0) {
      throw new IllegalArgumentException("passes must be positive: " + passes);
    }
    if (passes > 0 && kind != Kind.FOAM_ROLL) {
      throw new IllegalArgumentException("passes are only for foam-roll steps");
    }
    if (leadIn != null && (leadIn.isNegative() || leadIn.compareTo(MAX_LEAD_IN) > 0)) {
      throw new IllegalArgumentException("lead-in must be from 0s to 15s: " + leadIn);
    }
  }

  /** A step without the v2 keys (position, over, figure, lead-in). */
  public Step(
      String name,
      Kind kind,
      String target,
      Sides sides,
      Duration duration,
      int passes,
      Pressure pressure,
      String cue) {
    this(name, kind, target, sides, duration, passes, pressure, cue, null, Set.of(), "", null);
  }

  public OptionalInt passesIfPaced() {
    return passes > 0 ? OptionalInt.of(passes) : OptionalInt.empty();
  }

  public Optional<Pressure> pressureIfGiven() {
    return Optional.ofNullable(pressure);
  }

  public Optional<Position> positionIfGiven() {
    return Optional.ofNullable(position);
  }

  public Optional<Duration> leadInIfGiven() {
    return Optional.ofNullable(leadIn);
  }

  /** The time this step takes, both sides counted. */
  public Duration totalDuration() {
    return duration.multipliedBy(sides.count());
  }

  /**
   * The step lasting {@code newDuration} a side at the pace it was written with: a paced roll keeps
   * its seconds per pass (at least one pass), so a shorter session rolls fewer passes, never
   * faster.
   */
  public Step withDuration(Duration newDuration) {
    // whole passes that fit at the written pace (rounded down: slower, never faster)
    int paced =
        passes == 0
            ? 0
            : (int)
                Math.max(
                    1,
                    Math.floor(
                        1e-9 + (double) passes * newDuration.toMillis() / duration.toMillis()));
    return new Step(
        name,
        kind,
        target,
        sides,
        newDuration,
        paced,
        pressure,
        cue,
        position,
        over,
        figure,
        leadIn);
  }

  public Step withPressure(Pressure newPressure) {
    return new Step(
        name,
        kind,
        target,
        sides,
        duration,
        passes,
        newPressure,
        cue,
        position,
        over,
        figure,
        leadIn);
  }

  public Step withCue(String newCue) {
    return new Step(
        name, kind, target, sides, duration, passes, pressure, newCue, position, over, figure,
        leadIn);
  }

  /** This step with where the body is and what the pressure rests on. */
  public Step withPlace(Position newPosition, Set<RestsOn> newOver) {
    return new Step(
        name,
        kind,
        target,
        sides,
        duration,
        passes,
        pressure,
        cue,
        newPosition,
        newOver,
        figure,
        leadIn);
  }

  /** This step with a figure: a bundled figure's name or a drawing. */
  public Step withFigure(String newFigure) {
    return new Step(
        name, kind, target, sides, duration, passes, pressure, cue, position, over, newFigure,
        leadIn);
  }
}
