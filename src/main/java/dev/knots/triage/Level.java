package dev.knots.triage;

/** How soon the person needs care; declared from least to most serious, so order compares. */
public enum Level {
  SELF_CARE,
  SOON,
  URGENT,
  EMERGENCY;

  /** The more serious of the two. */
  public Level max(Level other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whether this level sends the person to a doctor (exit 3). */
  public boolean advisesCare() {
    return this != SELF_CARE;
  }
}
