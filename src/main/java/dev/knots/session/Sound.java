package dev.knots.session;

import dev.knots.routine.Sides;

/**
 * What an event sounds like, so a change can be told without looking: one ring when a step starts,
 * two at a side switch, three at the end, a tick on each of a lead-in's last three seconds.
 */
public enum Sound {
  NONE(0),
  TICK(1),
  START(1),
  SWITCH_SIDES(2),
  END(3);

  private final int rings;

  Sound(int rings) {
    this.rings = rings;
  }

  /** How many times the bell rings. */
  public int rings() {
    return rings;
  }

  /** How much sound a session makes ({@code sound:} in the settings, {@code --no-sound}). */
  public enum Level {
    OFF,
    /** Only the ring when a step starts. */
    MINIMAL,
    FULL
  }

  /** The sound of one event at this level. */
  public static Sound of(CountdownEvent event, Level level) {
    Sound sound = of(event);
    if (level == Level.OFF || (level == Level.MINIMAL && sound != START)) {
      return NONE;
    }
    return sound;
  }

  private static Sound of(CountdownEvent event) {
    Phase phase = event.phase();
    return switch (event.type()) {
      case PHASE_STARTED -> {
        boolean rightAfterLeft = phase.side() == Sides.RIGHT && phase.step().sides() == Sides.BOTH;
        if (phase.isWork()) {
          // without a lead-in, the right side's start is the switch itself
          yield rightAfterLeft && !ledInto(event) ? SWITCH_SIDES : START;
        }
        yield rightAfterLeft ? SWITCH_SIDES : NONE;
      }
      case LEAD_IN_TICK -> TICK;
      case FINISHED -> END;
      default -> NONE;
    };
  }

  /** Whether a work phase had a lead-in: its step's own, or one long enough to count. */
  private static boolean ledInto(CountdownEvent event) {
    return event.ledIn();
  }
}
