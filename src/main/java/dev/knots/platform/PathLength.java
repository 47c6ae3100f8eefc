package dev.knots.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Whether a path is longer than the system takes (Linux: 255 bytes a name, 4,096 in all): the open
 * then fails with "File name too long", which must not be reported as a missing file or a
 * permission problem.
 */
public final class PathLength {
  static final int MAX_NAME_BYTES = 255;
  static final int MAX_PATH_BYTES = 4095;

  /** What the user reads, after the path. */
  public static final String TOO_LONG =
      "the path is too long (at most 255 bytes a name, 4,096 in all) - use a shorter one";

  private PathLength() {}

  public static boolean tooLong(Path path) {
    if (bytes(path.toString()) > MAX_PATH_BYTES) {
      return true;
    }
    for (Path name : path) {
      if (bytes(name.toString()) > MAX_NAME_BYTES) {
        return true;
      }
    }
    return false;
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
