package dev.knots.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** A file of health data: readable by its owner only, and never seen half written. */
public final class PrivateFile {
  private PrivateFile() {}

  /**
   * Writes {@code text} to a 0600 temporary file in the same folder, then moves it in place
   * (atomically where the file system can): a reader sees the old file or the new one, and an
   * existing file's looser permissions or a symlink in its place are replaced, not followed. The
   * temporary file is removed when the write fails.
   */
  public static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] ownerOnly =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(dir, ".knots-", ".tmp", ownerOnly);
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * As {@link #write}, but a device or FIFO that exists (/dev/null, /dev/stdout, a named pipe) is
   * written into, never replaced.
   *
   * @return whether a private file was written; false when the text went into a device or FIFO
   */
  public static boolean writeOrInto(Path file, String text) throws IOException {
    if (!Files.isRegularFile(file) && Files.exists(file)) {
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return false;
    }
    write(file, text);
    return true;
  }

  /** Why a write failed, in a few words for the user. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.split("\n")[0];
  }
}
