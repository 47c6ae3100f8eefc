package dev.knots.session;

/** Whether a phase is work on the body or the short moment to change sides. */
public enum PhaseKind {
  WORK,
  SWITCH_SIDES
}
