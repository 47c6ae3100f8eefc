package dev.knots.session;

/** What the plan does with a step of the routine. */
public enum StepStatus {
  KEPT("kept"),
  ADAPTED("adapted"),
  SKIPPED("skipped");

  private final String id;

  StepStatus(String id) {
    this.id = id;
  }

  /** As in the dry-run JSON: kept, adapted or skipped. */
  public String id() {
    return id;
  }
}
