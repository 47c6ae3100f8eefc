package dev.knots.history;

import dev.knots.platform.CachedLibrary;
import java.nio.file.Path;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps SQLite's native library in the user's cache folder. By default sqlite-jdbc unpacks its 1 MB
 * library into the temp folder on every start and compares it byte by byte, which costs a few
 * hundred milliseconds; a copy kept in the cache is loaded directly.
 */
public final class NativeLibrary {
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";

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
      // sqlite-jdbc's own folder name for this platform starts `uname -o`: asked only for the copy
      Path dir =
          CachedLibrary.folder(
              cacheDir,
              "sqlite-jdbc",
              SQLiteJDBCLoader.getVersion(),
              name,
              () ->
                  NativeLibrary.class
                      .getClassLoader()
                      .getResource(
                          "org/sqlite/native/"
                              + OSInfo.getNativeLibFolderPathForCurrentOS()
                              + "/"
                              + name));
      if (dir != null) {
        System.setProperty(PATH_PROPERTY, dir.toString());
        System.setProperty(NAME_PROPERTY, name);
        // where its clean-up looks for copies left behind: this folder, not the whole temp folder
        System.setProperty(TMPDIR_PROPERTY, dir.toString());
      }
    } catch (RuntimeException | LinkageError e) {
      // the default unpacking still works: this was only about speed
    }
  }
}
