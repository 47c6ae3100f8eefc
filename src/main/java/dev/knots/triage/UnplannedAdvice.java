package dev.knots.triage;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The advice of the precautions that fired and have no row in the catalogue's table of step
 * effects: they change no step, so a session shows their words as written, about the areas they
 * concern.
 */
public final class UnplannedAdvice {
  private UnplannedAdvice() {}

  /** One line per such precaution, in catalogue order. */
  public static List<String> of(TriageOutcome outcome, Catalogue catalogue) {
    List<String> notes = new ArrayList<>();
    for (String id : outcome.restrictions().precautionIds()) {
      if (catalogue.stepEffects(id).isPresent()) {
        continue;
      }
      Optional<Set<Area>> someAreas = outcome.restrictions().areasOf(id);
      catalogue.precaution(id).map(p -> line(p, someAreas)).ifPresent(notes::add);
    }
    return notes;
  }

  private static String line(Precaution precaution, Optional<Set<Area>> someAreas) {
    if (someAreas.isEmpty()) {
      return precaution.advice();
    }
    String names = Restrictions.names(someAreas.get());
    String lead =
        precaution.effects().contains(Effect.NO_SESSION_TODAY)
            ? "No session for the " + names + " today: "
            : "For the " + names + ": ";
    return lead + precaution.advice() + precaution.comeBack().map(" "::concat).orElse("");
  }
}
