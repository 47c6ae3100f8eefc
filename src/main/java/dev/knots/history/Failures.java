package dev.knots.history;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Turns store failures into one line for the user: what, where, and how to get past it. */
final class Failures {
  private Failures() {}

  /**
   * One line: what failed with the database {@code file}, and what to do about it; the clock's day
   * (in UTC, as the store keeps its times) names the file to move it aside to.
   */
  static HistoryException of(SQLException e, Path file, Clock clock) {
    return of(e, file, day(clock));
  }

  /** The day a moved-aside file is named after: the clock's, in UTC. */
  static LocalDate day(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * As {@link #of(SQLException, Path, Clock)}, on this day (the name the file is moved aside to).
   */
  private static HistoryException of(SQLException e, Path file, LocalDate today) {
    int code = diskFull(e, file) ? 13 : primary(e);
    String detail = firstLine(e.getMessage());
    String moveAside = "mv '" + file + "' '" + aside(file, today) + "'";
    String message =
        switch (code) {
          case 11, 26 ->
              "the history database "
                  + file
                  + " is damaged or not a database; move it aside and knots starts a new one: "
                  + moveAside;
          case 8, 23 ->
              "cannot write the history database "
                  + file
                  + ": it or its folder is read-only; make them writable for you, or move the file"
                  + " aside: "
                  + moveAside;
          case 14 ->
              "cannot open the history database "
                  + file
                  + ": check that it and its folder are readable and writable for you, or move it"
                  + " aside: "
                  + moveAside;
          case 13 ->
              "cannot write the history database "
                  + file
                  + ": "
                  + DISK_FULL
                  + "; free some space (what was recorded before is kept)";
          case 5, 6 ->
              "the history database "
                  + file
                  + " stayed locked by another knots for "
                  + Database.BUSY_TIMEOUT_MS / 1000
                  + " s; try again";
          case 10 ->
              "cannot read or write the history database "
                  + file
                  + ": the system reported an input/output error (a failing disk or a lost network"
                  + " drive?)";
          default -> "cannot use the history database " + file + ": " + detail;
        };
    return new HistoryException(message, e);
  }

  /**
   * A name to move a damaged file aside to that no file has yet ({@code history.db.broken-DATE},
   * then -2, -3...): an earlier broken file may hold real history and must never be overwritten.
   */
  static Path aside(Path file, LocalDate today) {
    Path candidate = file.resolveSibling(file.getFileName() + ".broken-" + today);
    for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
      candidate = file.resolveSibling(file.getFileName() + ".broken-" + today + "-" + n);
    }
    return candidate;
  }

  /** What the message of a full disk says (the CLI gives it exit 74). */
  static final String DISK_FULL = "the disk is full";

  /** Less free space than this on the store's disk makes an I/O error a full disk. */
  static final long FULL_BELOW_BYTES = 1 << 20;

  /**
   * SQLITE_FULL, or an I/O error (SQLITE_IOERR_SHMSIZE, _WRITE...) on a disk that is full: SQLite
   * reports a full disk as either, depending on the file it was growing.
   */
  static boolean diskFull(SQLException e, Path file) {
    if (primary(e) == 13) {
      return true;
    }
    if (primary(e) != 10) {
      return false;
    }
    try {
      return Files.getFileStore(file.getParent()).getUsableSpace() < FULL_BELOW_BYTES;
    } catch (IOException | RuntimeException unknown) {
      return false;
    }
  }

  /** SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock. */
  static boolean locked(SQLException e) {
    int code = primary(e);
    return code == 5 || code == 6;
  }

  /** The primary result code, without the extended bits. */
  private static int primary(SQLException e) {
    return e.getErrorCode() & 0xff;
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a file is in the way of the folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way of the folder";
    }
    if (e instanceof NoSuchFileException) {
      return "its parent folder does not exist";
    }
    if (e instanceof FileSystemException fs && "No space left on device".equals(fs.getReason())) {
      return DISK_FULL;
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return firstLine(String.valueOf(e.getMessage()));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
