package dev.knots.triage;

import java.util.List;

/** A case file that cannot be run: every problem as {@code file:line:column: what is wrong}. */
public final class CaseFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CaseFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
