package dev.knots.triage;

/** What a precaution (or SOON's gentle mode) changes in a session; the session applies these. */
public enum Effect {
  /** No session for this area today; the outcome says when to come back. */
  NO_SESSION_TODAY,
  /** Firm steps become light; cues say "light pressure". */
  LIGHT_PRESSURE_ONLY,
  /** No massage-ball steps. */
  NO_BALL_WORK,
  /** Skip steps that roll on the spine or the ribs. */
  SKIP_SPINE_OR_RIB_ROLLING,
  /** No deep pressure on the legs. */
  NO_DEEP_LEG_PRESSURE,
  /** Nothing on the belly. */
  NOTHING_ON_BELLY,
  /** No lying face-down on a roller. */
  NO_FACE_DOWN_ON_ROLLER,
  /** An extra cue shown on every step (the precaution's cue text). */
  STEP_CUE,
  /**
   * Not an effect on steps: the precaution concerns the area worked on (an injury, a clot, an
   * implant there), not the whole person. In a session over several areas a yes is followed by the
   * question for each area it may concern, and its effects hold for those areas' steps only.
   */
  IN_THIS_AREA
}
