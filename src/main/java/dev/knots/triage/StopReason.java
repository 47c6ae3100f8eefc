package dev.knots.triage;

/** The answers to "what happened?" after the stop key during a session. */
public enum StopReason {
  SHARP_PAIN,
  NUMBNESS_OR_TINGLING,
  DIZZINESS,
  SOMETHING_ELSE;

  /** Whether this is one of the warning signs of the after-session question. */
  public boolean isWarningSign() {
    return this != SOMETHING_ELSE;
  }
}
