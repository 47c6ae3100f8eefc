package dev.knots.cli;

/** The exit codes of cli.md, in one place. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int TRIAGE_ADVISED_CARE = 3;
  public static final int INVALID_DATA = 65;
  public static final int NO_INPUT = 66;

  /** The output could not be written (a full disk, /dev/full): sysexits' EX_IOERR. */
  public static final int IO_ERROR = 74;

  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
