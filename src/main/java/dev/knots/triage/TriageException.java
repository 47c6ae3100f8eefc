package dev.knots.triage;

/** An expected triage failure the command turns into a usage error (exit 2). */
public class TriageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TriageException(String message) {
    super(message);
  }
}
