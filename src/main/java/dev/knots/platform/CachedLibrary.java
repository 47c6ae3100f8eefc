package dev.knots.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A native library kept in the user's cache folder. SQLite's and JLine's loaders unpack theirs into
 * the temp folder on every start (and compare it byte by byte); a copy kept here is loaded
 * directly, and nothing is left in the temp folder by a run that ends abruptly.
 */
public final class CachedLibrary {
  private CachedLibrary() {}

  /**
   * The folder, under {@code cacheDir}, that holds {@code fileName} for this library version and
   * platform, unpacked from {@code resource} the first time; null when that cannot be done (the
   * caller's library then unpacks as usual, only slower).
   *
   * @param resource found only when the copy is made: finding it can cost a child process
   */
  public static Path folder(
      Path cacheDir, String library, String version, String fileName, Supplier<URL> resource) {
    if (version == null || !version.matches("[0-9A-Za-z.-]+")) {
      return null;
    }
    try {
      Path dir = cacheDir.resolve(library + "-" + version).resolve(platform());
      Path file = dir.resolve(fileName);
      if (!Files.isRegularFile(file)) {
        URL source = resource.get();
        if (source == null) {
          return null;
        }
        unpack(source, dir, file);
      }
      return dir;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** This JVM's operating system and processor, as a folder name. */
  public static String platform() {
    String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    return platform.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Writes a private temporary copy and moves it in place, so a reader never sees half a file. */
  private static void unpack(URL source, Path dir, Path file) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    Files.createDirectories(dir, attributes(posix, "rwx------"));
    Path temp = Files.createTempFile(dir, ".library-", ".tmp", attributes(posix, "rwx------"));
    try {
      try (InputStream in = source.openStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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
