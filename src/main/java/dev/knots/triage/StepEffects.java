package dev.knots.triage;

import dev.knots.body.Area;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the table of precaution effects (triage.md v2): what a precaution changes in each
 * step, worked out from the step's own kind, position and what it rests on. The values of {@link
 * SkipWhen} are the routine format's words ({@code foam-roll}, {@code lying-face-down}, {@code
 * ribs}): triage does not know routines, the session reads them.
 *
 * @param precautionId the precaution this row belongs to
 * @param skips a step that meets any one of these is left out
 * @param lightPressureOn pressing steps of a routine for these areas become light (empty: none)
 * @param cue put in front of every step's cue
 */
public record StepEffects(
    String precautionId, List<SkipWhen> skips, Set<Area> lightPressureOn, String cue) {

  public StepEffects {
    Objects.requireNonNull(precautionId, "precautionId");
    skips = List.copyOf(skips);
    lightPressureOn = Set.copyOf(lightPressureOn);
    Objects.requireNonNull(cue, "cue");
    if (cue.isBlank()) {
      throw new IllegalArgumentException(
          "a row of precaution effects needs its cue: " + precautionId);
    }
  }

  /**
   * A condition for leaving a step out: the step meets it when it meets every non-empty part.
   *
   * @param kinds step kinds ({@code ball-massage})
   * @param positions positions ({@code lying-face-down})
   * @param over what the pressure rests on ({@code ribs}): any one of them
   * @param areas the routine's area
   */
  public record SkipWhen(
      Set<String> kinds, Set<String> positions, Set<String> over, Set<Area> areas) {
    public SkipWhen {
      kinds = Set.copyOf(kinds);
      positions = Set.copyOf(positions);
      over = Set.copyOf(over);
      areas = Set.copyOf(areas);
      if (kinds.isEmpty() && positions.isEmpty() && over.isEmpty()) {
        throw new IllegalArgumentException("a skip condition needs a kind, a position or an over");
      }
    }
  }
}
