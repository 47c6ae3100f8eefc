package dev.knots.cli;

/** An expected failure: one line for the user and the exit code it ends with. */
public final class KnotsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private KnotsException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /** Bad option, unknown name, missing answer in non-interactive use. */
  public static KnotsException usage(String message) {
    return new KnotsException(ExitCode.USAGE, message, null);
  }

  /** Invalid routine data; the message names file:line:column. */
  public static KnotsException invalidData(String message) {
    return new KnotsException(ExitCode.INVALID_DATA, message, null);
  }

  /** A named file does not exist or cannot be read. */
  public static KnotsException noInput(String message, Throwable cause) {
    return new KnotsException(ExitCode.NO_INPUT, message, cause);
  }

  /** Output that could not be written (a full disk, a device that refuses): exit 74. */
  public static KnotsException ioError(String message, Throwable cause) {
    return new KnotsException(ExitCode.IO_ERROR, message, cause);
  }

  /** Interrupted by the user (Ctrl-C, or q and confirm). */
  public static KnotsException interrupted(String message) {
    return new KnotsException(ExitCode.INTERRUPTED, message, null);
  }

  /** A known failure of the environment (unreadable store, unwritable folder): exit 1. */
  public static KnotsException environment(String message, Throwable cause) {
    return new KnotsException(ExitCode.INTERNAL, message, cause);
  }
}
