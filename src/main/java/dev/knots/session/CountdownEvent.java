package dev.knots.session;

import java.util.Objects;

/**
 * Something the countdown did that a view may mark with a bell, a voice or a plain line.
 *
 * @param phaseIndex the phase concerned, from 0 (for FINISHED, the number of phases)
 * @param phase the phase concerned (for FINISHED, the last one)
 */
public record CountdownEvent(Type type, int phaseIndex, Phase phase) {
  /** The kinds of event. */
  public enum Type {
    PHASE_STARTED,
    /** A few seconds are left of a phase. */
    WARNING,
    /** A phase's time ran out. */
    PHASE_COMPLETED,
    /** The person moved on before the time ran out. */
    PHASE_SKIPPED,
    FINISHED
  }

  public CountdownEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(phase, "phase");
  }
}
