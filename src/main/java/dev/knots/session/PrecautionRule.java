package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Position;
import dev.knots.routine.RestsOn;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one precaution (or SOON's gentle mode) asks of every step, in the routine's own terms: cli
 * builds these from the triage outcome and the catalogue's table of precaution effects.
 *
 * @param id the precaution's id ({@code osteoporosis}), or {@code gentle} / {@code light-pressure}
 * @param label how the restriction text names it: "Osteoporosis"
 * @param skips a step that meets any one of these is left out
 * @param lightPressureOn pressing steps of a routine for these areas become light
 * @param cue put in front of the cue of the steps it is for
 * @param cueOnEveryStep the cue goes on every step, not only on the pressing ones
 * @param stepsOf the rule concerns the steps of these areas only (a precaution about one area of a
 *     session over several: an injured calf leaves the hamstrings' steps as they are)
 */
public record PrecautionRule(
    String id,
    String label,
    List<SkipWhen> skips,
    Set<Area> lightPressureOn,
    String cue,
    boolean cueOnEveryStep,
    Set<Area> stepsOf) {

  /**
   * The kinds of step that work on an area; the one breathing step of a combined session belongs to
   * no area, so an area left out today does not take it with it.
   */
  public static final Set<Kind> WORK =
      Set.copyOf(EnumSet.of(Kind.THUMB_MASSAGE, Kind.BALL_MASSAGE, Kind.FOAM_ROLL, Kind.STRETCH));

  public PrecautionRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    skips = List.copyOf(skips);
    lightPressureOn = Set.copyOf(lightPressureOn);
    Objects.requireNonNull(cue, "cue");
    stepsOf = Set.copyOf(stepsOf);
  }

  /** A rule for every step. */
  public PrecautionRule(
      String id,
      String label,
      List<SkipWhen> skips,
      Set<Area> lightPressureOn,
      String cue,
      boolean cueOnEveryStep) {
    this(id, label, skips, lightPressureOn, cue, cueOnEveryStep, EnumSet.allOf(Area.class));
  }

  /** The same rule for the steps of these areas only. */
  public PrecautionRule onlyFor(Set<Area> areas) {
    return new PrecautionRule(id, label, skips, lightPressureOn, cue, cueOnEveryStep, areas);
  }

  /** Whether the rule holds for every area's steps. */
  public boolean everyArea() {
    return stepsOf.size() == Area.values().length;
  }

  /** No session for these areas today: every step of theirs is left out. */
  public static PrecautionRule noSessionFor(String id, String label, Set<Area> areas) {
    return new PrecautionRule(
        id,
        label,
        List.of(new SkipWhen(WORK, Set.of(), Set.of(), areas)),
        Set.of(),
        "",
        false,
        areas);
  }

  /** SOON's gentle mode (and a precaution given without saying which): light pressure only. */
  public static PrecautionRule lightPressure(String id, String label) {
    return new PrecautionRule(
        id, label, List.of(), Set.of(Area.values()), SessionPlan.LIGHT_PRESSURE_CUE, false);
  }

  /**
   * A condition for leaving a step out; a step meets it when it meets every non-empty part. {@code
   * over} concerns pressing steps only: it is what their pressure rests on.
   */
  public record SkipWhen(
      Set<Kind> kinds, Set<Position> positions, Set<RestsOn> over, Set<Area> areas) {
    public SkipWhen {
      kinds = Set.copyOf(kinds);
      positions = Set.copyOf(positions);
      over = Set.copyOf(over);
      areas = Set.copyOf(areas);
    }
  }
}
