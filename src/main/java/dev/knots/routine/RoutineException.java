package dev.knots.routine;

import java.util.List;
import java.util.stream.Collectors;

/** A routine file that could not be turned into a routine, with every problem found in it. */
public class RoutineException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public RoutineException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("a routine exception needs at least one problem");
    }
  }

  RoutineException(List<Problem> problems, Throwable cause) {
    this(problems);
    initCause(cause);
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  /** False: the file was read but is not a valid routine (exit 65). */
  public boolean unreadable() {
    return false;
  }
}
