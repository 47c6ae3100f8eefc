package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.platform.CachedLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryTest {
  private static final String PATH = "org.sqlite.lib.path";
  private static final String NAME = "org.sqlite.lib.name";
  private static final String TMPDIR = "org.sqlite.tmpdir";
  @TempDir Path cache;
  private String path;
  private String name;
  private String tmpdir;

  @BeforeEach
  void forget() {
    path = System.clearProperty(PATH);
    name = System.clearProperty(NAME);
    tmpdir = System.clearProperty(TMPDIR);
  }

  @AfterEach
  void restore() {
    System.clearProperty(PATH);
    System.clearProperty(NAME);
    System.clearProperty(TMPDIR);
    if (tmpdir != null) {
      System.setProperty(TMPDIR, tmpdir);
    }
    if (path != null) {
      System.setProperty(PATH, path);
    }
    if (name != null) {
      System.setProperty(NAME, name);
    }
  }

  @Test
  void should_copy_the_library_into_the_cache_once_and_point_sqlite_at_it() throws Exception {
    NativeLibrary.useCache(cache);

    Path dir = Path.of(System.getProperty(PATH));
    Path library = dir.resolve(System.getProperty(NAME));
    assertThat(dir).startsWith(cache).endsWith(Path.of(CachedLibrary.platform()));
    assertThat(Files.size(library)).isPositive();
    // sqlite-jdbc's clean-up of old copies looks in that folder, not the whole temp folder
    assertThat(System.getProperty(TMPDIR)).isEqualTo(dir.toString());

    // a second start finds the copy intact and leaves it as it is
    Object unpacked = Files.getAttribute(library, "unix:ino");
    System.clearProperty(PATH);
    NativeLibrary.useCache(cache);
    assertThat(System.getProperty(PATH)).isEqualTo(dir.toString());
    assertThat(Files.getAttribute(library, "unix:ino")).isEqualTo(unpacked);

    // a damaged copy (it would crash the JVM when loaded) is replaced by the jar's
    long size = Files.size(library);
    Files.write(library, new byte[] {1, 2, 3});
    System.clearProperty(PATH);
    NativeLibrary.useCache(cache);
    assertThat(Files.size(library)).isEqualTo(size);
  }
}
