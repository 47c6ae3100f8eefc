package dev.knots.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps SQLite's native library in the user's cache folder. By default sqlite-jdbc unpacks its 1 MB
 * library into the temp folder on every start and compares it byte by byte, which costs a few
 * hundred milliseconds; a copy kept in the cache is loaded directly.
 */
public final class NativeLibrary {
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private NativeLibrary() {}

  /**
   * Points sqlite-jdbc at a cached copy of its library in {@code cacheDir}, unpacking it the first
   * time. Does nothing if the library path is already set or anything fails: sqlite-jdbc then
   * unpacks it as usual, only slower. Call before the first {@link HistoryStore} use.
   */
  public static void useCache(Path cacheDir) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    try {
      String name = System.mapLibraryName("sqlitejdbc");
      ClassLoader loader = NativeLibrary.class.getClassLoader();
      String version = version();
      if (version == null) {
        return;
      }
      // keyed by what Java knows for free: finding sqlite-jdbc's own folder name for this
      // platform starts `uname -o`, so that happens only when the copy is made
      Path dir = cacheDir.resolve("sqlite-jdbc-" + version).resolve(platform());
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        URL library = loader.getResource("org/sqlite/native/" + folder + "/" + name);
        if (library == null) {
          return;
        }
        unpack(library.openConnection(), dir, file);
      }
      System.setProperty(PATH_PROPERTY, dir.toString());
      System.setProperty(NAME_PROPERTY, name);
    } catch (IOException | RuntimeException | LinkageError e) {
      // the default unpacking still works: this was only about speed
    }
  }

  /** This JVM's operating system and processor, as a folder name. */
  static String platform() {
    String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    return platform.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** sqlite-jdbc's version, as it reads it itself (once, for both). */
  private static String version() {
    String version = org.sqlite.SQLiteJDBCLoader.getVersion();
    return version == null || !version.matches("[0-9A-Za-z.-]+") ? null : version;
  }

  /** Writes a private temporary copy and moves it in place, so a reader never sees half a file. */
  private static void unpack(URLConnection connection, Path dir, Path file) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    Files.createDirectories(dir, attributes(posix, "rwx------"));
    Path temp = Files.createTempFile(dir, ".sqlitejdbc-", ".tmp", attributes(posix, "rwx------"));
    try {
      try (InputStream in = connection.getInputStream()) {
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
