package dev.knots.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file that must be small and regular (settings, routines): a FIFO would block the read
 * forever and a device such as /dev/zero never ends, so neither is ever opened.
 */
public final class SmallFile {
  private SmallFile() {}

  /** Not a regular file: a folder, FIFO, device or socket. */
  public static final class NotRegularException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotRegularException(Path file, String what) {
      super(file.toString(), null, what);
    }

    /** What the file is instead: "a folder" or "not a regular file (a FIFO, device or socket)". */
    public String what() {
      return getReason();
    }
  }

  /** Larger than allowed; {@link #size()} says by how much. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLargeException(Path file, long size) {
      super(file + " is " + size + " bytes");
      this.size = size;
    }

    public long size() {
      return size;
    }
  }

  /**
   * The bytes of {@code file}, at most {@code limit} of them; symbolic links are followed to a
   * regular file.
   *
   * @throws java.nio.file.NoSuchFileException when it does not exist
   * @throws NotRegularException when it is a folder, FIFO, device or socket (never opened)
   * @throws TooLargeException when it holds more than {@code limit} bytes
   */
  public static byte[] read(Path file, int limit) throws IOException {
    check(file);
    try (InputStream in = Files.newInputStream(file)) {
      // one byte past the limit: enough to know it is too big, never the whole of a huge file
      byte[] head = in.readNBytes(limit + 1);
      if (head.length > limit) {
        throw new TooLargeException(file, Math.max(Files.size(file), head.length));
      }
      return head;
    }
  }

  /** Throws unless {@code file} is (a link to) a regular file. */
  public static void check(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new NotRegularException(file, "a folder");
    }
    if (!attributes.isRegularFile()) {
      throw new NotRegularException(file, "not a regular file (a FIFO, device or socket)");
    }
  }
}
