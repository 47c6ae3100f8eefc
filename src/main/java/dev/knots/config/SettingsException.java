package dev.knots.config;

/** A settings file that cannot be used: one line that says what is wrong with it. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean unreadable;

  private SettingsException(String message, boolean unreadable, Throwable cause) {
    super(message, cause);
    this.unreadable = unreadable;
  }

  /** The file was read but its content is not valid settings (exit 65). */
  static SettingsException invalid(String message) {
    return new SettingsException(message, false, null);
  }

  /** The file exists but could not be read (exit 66). */
  static SettingsException unreadable(String message, Throwable cause) {
    return new SettingsException(message, true, cause);
  }

  /** True when the file could not be read, false when its content is wrong. */
  public boolean unreadable() {
    return unreadable;
  }
}
