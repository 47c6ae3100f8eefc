package dev.knots.triage;

/** The person left the quiz (Ctrl-C, or q): no outcome, never a "no". */
public final class QuizInterruptedException extends TriageException {
  private static final long serialVersionUID = 1L;

  public QuizInterruptedException() {
    super("triage stopped before it was finished; no answer was taken as no");
  }
}
