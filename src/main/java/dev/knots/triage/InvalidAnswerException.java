package dev.knots.triage;

/** An answer that is not one of the accepted values for its question. */
public final class InvalidAnswerException extends TriageException {
  private static final long serialVersionUID = 1L;

  public InvalidAnswerException(String message) {
    super(message);
  }
}
