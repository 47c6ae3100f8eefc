package dev.knots.session;

/** What the person said happened after pressing the stop key. */
public enum StopReason {
  SHARP_PAIN("sharp pain"),
  NUMBNESS_OR_TINGLING("numbness or tingling"),
  DIZZINESS("dizziness"),
  OTHER("something else");

  private final String label;

  StopReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
