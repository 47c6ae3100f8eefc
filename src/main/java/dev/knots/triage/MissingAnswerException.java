package dev.knots.triage;

/** A needed question had no answer (end of input): never taken as "no". */
public final class MissingAnswerException extends TriageException {
  private static final long serialVersionUID = 1L;

  private final String questionId;

  public MissingAnswerException(Question question) {
    super(
        "no answer for '"
            + question.id()
            + "' ("
            + question.text()
            + "); answer it on stdin or with --answer "
            + question.id()
            + "="
            + hint(question.kind())
            + " - a missing answer is never taken as no");
    this.questionId = question.id();
  }

  private static String hint(Question.Kind kind) {
    return switch (kind) {
      case GROUP -> "none";
      case SCALE -> "0-10";
      default -> "yes|no";
    };
  }

  public String questionId() {
    return questionId;
  }
}
