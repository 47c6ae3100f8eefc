package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Position;
import dev.knots.routine.RestsOn;
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
 */
public record PrecautionRule(
    String id,
    String label,
    List<SkipWhen> skips,
    Set<Area> lightPressureOn,
    String cue,
    boolean cueOnEveryStep) {

  public PrecautionRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    skips = List.copyOf(skips);
    lightPressureOn = Set.copyOf(lightPressureOn);
    Objects.requireNonNull(cue, "cue");
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
