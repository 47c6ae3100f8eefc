package dev.knots.routine;

import java.util.Objects;

/**
 * One mistake in a routine file, where it is and how to fix it.
 *
 * @param file the name the file is shown under
 * @param line 1-based, or 0 when the problem has no position (a file name, an unreadable file)
 * @param column 1-based, or 0 when the problem has no position
 * @param message {@code what is wrong - how to fix it}
 */
public record Problem(String file, int line, int column, String message) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** Whether the problem points at a place in the file. */
  public boolean hasPosition() {
    return line > 0;
  }

  /** {@code file:line:column: what is wrong - how to fix it}; {@code file: ...} without a place. */
  @Override
  public String toString() {
    return hasPosition()
        ? file + ":" + line + ":" + column + ": " + message
        : file + ": " + message;
  }
}
