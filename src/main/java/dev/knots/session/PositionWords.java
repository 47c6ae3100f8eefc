package dev.knots.session;

import dev.knots.routine.Figure;
import dev.knots.routine.Figures;
import dev.knots.routine.Step;

/** The position in words, for plain mode and the voice, which cannot show a figure (pure). */
public final class PositionWords {
  private PositionWords() {}

  /**
   * "Sitting, the roller under one calf, hands on the floor behind; roll knee to ankle." from the
   * bundled figure's description, else from the position and the target; empty when neither.
   */
  public static String describe(Step step) {
    String words =
        Figures.of(step)
            .map(Figure::description)
            .filter(d -> !d.isBlank())
            .orElseGet(() -> fromPlace(step));
    if (words.isBlank()) {
      return "";
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
  }

  private static String fromPlace(Step step) {
    String position = step.positionIfGiven().map(p -> p.id().replace('-', ' ')).orElse("");
    if (step.target().isBlank()) {
      return position;
    }
    return position.isEmpty() ? "on the " + step.target() : position + ", on the " + step.target();
  }
}
