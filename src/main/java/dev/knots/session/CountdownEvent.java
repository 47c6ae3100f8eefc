package dev.knots.session;

import java.util.Objects;

/**
 * Something the countdown did that a view may mark with a bell, a voice or a plain line.
 *
 * @param phaseIndex the phase concerned, from 0 (for FINISHED, the number of phases)
 * @param phase the phase concerned (for FINISHED, the last one)
 * @param ledIn for a work phase that starts: whether a lead-in came just before it
 */
public record CountdownEvent(Type type, int phaseIndex, Phase phase, boolean ledIn) {
  public CountdownEvent(Type type, int phaseIndex, Phase phase) {
    this(type, phaseIndex, phase, false);
  }

  /** The kinds of event. */
  public enum Type {
    PHASE_STARTED,
    /** A few seconds are left of a phase. */
    WARNING,
    /** One of the last seconds of a lead-in began (3, 2, 1). */
    LEAD_IN_TICK,
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
