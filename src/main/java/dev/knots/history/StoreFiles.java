package dev.knots.history;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the history's folder and database file private to their owner from the start. */
final class StoreFiles {
  private StoreFiles() {}

  /**
   * Creates the folder 0700 and the empty database file 0600 before SQLite sees it, so the file is
   * never readable by others, not even for a moment; SQLite gives the -wal and -shm files the
   * database file's permissions.
   */
  static void create(Path dir, Path file) {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, attributes(posix, "rwx------"));
      }
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the history folder " + dir + ": " + Failures.reason(e), e);
    }
    try {
      Files.createFile(file, attributes(posix, "rw-------"));
    } catch (FileAlreadyExistsException e) {
      // the usual case: the store exists already
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the history database " + file + ": " + Failures.reason(e), e);
    }
  }

  private static FileAttribute<?>[] attributes(boolean posix, String permissions) {
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
