package dev.knots.session;

/** Whether a phase is work on the body or the moment before it to get into position. */
public enum PhaseKind {
  WORK,
  /** Get into position: before each step and each side (it replaced the fixed switch pause). */
  LEAD_IN
}
