package dev.knots.routine;

import java.util.List;

/** A routine file or folder that does not exist or cannot be read (exit 66, not 65). */
public final class UnreadableRoutineException extends RoutineException {
  private static final long serialVersionUID = 1L;

  public UnreadableRoutineException(String file, String message, Throwable cause) {
    super(List.of(new Problem(file, 0, 0, message)), cause);
  }

  @Override
  public boolean unreadable() {
    return true;
  }
}
