package dev.knots.history;

import dev.knots.platform.Trust;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Set;

/** Creates the history's folder and database file private to their owner from the start. */
final class StoreFiles {
  private StoreFiles() {}

  /**
   * Creates the folder 0700 and the empty database file 0600 before SQLite sees it, so the file is
   * never readable by others, not even for a moment; SQLite gives the -wal and -shm files the
   * database file's permissions. A folder or file someone else owns or can write is refused (they
   * could read or change the records), as is a database that is a link or not a regular file; an
   * existing file of the user's own is brought back to 0600, its -wal and -shm too. The clock's day
   * names the file a refused one is to be moved aside to.
   */
  static void create(Path dir, Path file, Clock clock) {
    create(dir, file, Trust.system(), clock);
  }

  static void create(Path dir, Path file, Trust trust, Clock clock) {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, attributes(posix, "rwx------"));
      }
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the history folder " + dir + ": " + Failures.reason(e), e);
    }
    refuse(dir, "folder", trustProblem(trust, dir, false), clock);
    try {
      Files.createFile(file, attributes(posix, "rw-------"));
    } catch (FileAlreadyExistsException e) {
      // the usual case: the store exists already (or a link is in its place: judged below)
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the history database " + file + ": " + Failures.reason(e), e);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      refuse(
          file,
          "database",
          Files.isSymbolicLink(file) ? "is a symbolic link" : "is not a regular file",
          clock);
    }
    if (posix) {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        privateFile(trust, file.resolveSibling(file.getFileName() + suffix), clock);
      }
    }
  }

  private static String trustProblem(Trust trust, Path path, boolean noLinks) {
    try {
      return noLinks ? trust.problemNoLinks(path) : trust.problem(path);
    } catch (IOException e) {
      throw new HistoryException("cannot check the history " + path + ": " + Failures.reason(e), e);
    }
  }

  private static void refuse(Path path, String what, String problem, Clock clock) {
    if (problem == null) {
      return;
    }
    String fix =
        problem.contains("written by other")
            ? "chmod go-w '" + path + "'"
            : "move it aside (mv '"
                + path
                + "' '"
                + Failures.aside(path, Failures.day(clock))
                + "') and knots starts a new one";
    throw new HistoryException(
        "the history " + what + " " + path + " " + problem + ", so knots does not use it - " + fix,
        null);
  }

  /** A file of the store made private (0600) when it is this user's; a foreign one is refused. */
  private static void privateFile(Trust trust, Path path, Clock clock) {
    try {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      String problem = trust.problemNoLinks(path);
      if (problem != null && !problem.contains("written by other")) {
        refuse(path, suffixed(path) ? "file" : "database", problem, clock);
      }
      if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)) {
        Files.setPosixFilePermissions(path, PRIVATE);
      }
    } catch (NoSuchFileException e) {
      if (suffixed(path)) {
        // SQLite removed the journal between the look and the change (another knots committed):
        // nothing is left to make private
        return;
      }
      throw new HistoryException(
          "cannot make the history file " + path + " private: " + Failures.reason(e), e);
    } catch (IOException e) {
      throw new HistoryException(
          "cannot make the history file " + path + " private: " + Failures.reason(e), e);
    }
  }

  private static boolean suffixed(Path path) {
    return !path.getFileName().toString().endsWith(".db");
  }

  private static final Set<PosixFilePermission> PRIVATE =
      PosixFilePermissions.fromString("rw-------");

  private static FileAttribute<?>[] attributes(boolean posix, String permissions) {
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
