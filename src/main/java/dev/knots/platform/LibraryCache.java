package dev.knots.platform;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder native libraries are kept in: the user's cache folder when it is private to them,
 * otherwise a fresh private temporary folder for this run only (deleted at exit), with a warning. A
 * cache another user can write would let them plant code that knots then runs as you.
 */
public final class LibraryCache {
  /** The folder to use and, when the cache was ignored, why (one line for the user), else null. */
  public record Choice(Path dir, String warning) {}

  private LibraryCache() {}

  public static Choice choose(Path cacheDir) {
    return choose(cacheDir, Trust.system());
  }

  static Choice choose(Path cacheDir, Trust trust) {
    String problem;
    try {
      problem = trust.problem(cacheDir);
    } catch (IOException | RuntimeException e) {
      return new Choice(cacheDir, null); // unreadable: the library's own unpacking takes over
    }
    if (problem == null) {
      return new Choice(cacheDir, null);
    }
    String fix =
        problem.startsWith("belongs")
            ? "move it aside and knots makes its own"
            : "chmod go-w '" + cacheDir + "'";
    String warning =
        "the cache folder "
            + cacheDir
            + " "
            + problem
            + ": not used (libraries go to a private temporary folder this run) - "
            + fix;
    try {
      Path temp =
          Files.createTempDirectory(
              "knots-libraries-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Runtime.getRuntime().addShutdownHook(new Removal(temp));
      return new Choice(temp, warning);
    } catch (IOException | RuntimeException e) {
      return new Choice(null, warning);
    }
  }

  /** Deletes the temporary folder at exit (a loaded library stays mapped; its name may go). */
  private static final class Removal extends Thread {
    private final Path dir;

    Removal(Path dir) {
      super("knots-library-removal");
      this.dir = dir;
    }

    @Override
    public void run() {
      try {
        Files.walkFileTree(
            dir,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                  throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        // a temporary folder: the system clears it in time
      }
    }
  }
}
