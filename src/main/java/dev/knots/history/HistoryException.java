package dev.knots.history;

/** The history store cannot be used: the message is one line saying what, where and what to do. */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the store could not be written because its disk is full. */
  public boolean diskFull() {
    return getMessage() != null && getMessage().contains(Failures.DISK_FULL);
  }
}
