package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedLibraryTest {
  @TempDir Path cache;
  @TempDir Path source;

  private URL resource(String text) throws Exception {
    Path file = Files.writeString(source.resolve("lib.so"), text);
    return file.toUri().toURL();
  }

  @Test
  void should_unpack_a_private_copy_once_by_version_and_platform() throws Exception {
    URL lib = resource("native code");

    Path dir = CachedLibrary.folder(cache, "demo", "1.2.3", "libdemo.so", () -> lib);

    assertThat(dir).isEqualTo(cache.resolve("demo-1.2.3").resolve(CachedLibrary.platform()));
    assertThat(dir.resolve("libdemo.so")).hasContent("native code");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("libdemo.so"))))
        .isEqualTo("rwx------");
    try (var left = Files.list(dir)) {
      // no temporary file left; the size and SHA-256 of the copy beside it
      assertThat(left)
          .containsExactlyInAnyOrder(dir.resolve("libdemo.so"), dir.resolve("libdemo.so.sha256"));
    }

    // a second start finds the copy and does not look for the resource again
    assertThat(
            CachedLibrary.folder(
                cache,
                "demo",
                "1.2.3",
                "libdemo.so",
                () -> {
                  throw new AssertionError("looked for the resource again");
                }))
        .isEqualTo(dir);
  }

  @Test
  void should_give_up_quietly_without_a_resource_or_with_an_odd_version() {
    assertThat(CachedLibrary.folder(cache, "demo", "1.0", "libdemo.so", () -> null)).isNull();
    assertThat(CachedLibrary.folder(cache, "demo", "../1.0", "libdemo.so", () -> null)).isNull();
    assertThat(CachedLibrary.folder(cache, "demo", null, "libdemo.so", () -> null)).isNull();
  }

  @Test
  void should_give_up_quietly_when_the_cache_cannot_be_written() throws Exception {
    Path file = Files.writeString(cache.resolve("a-file"), "not a folder");
    URL lib = resource("native code");

    assertThat(CachedLibrary.folder(file, "demo", "1.0", "libdemo.so", () -> lib)).isNull();
  }

  @Test
  void should_name_the_platform_with_safe_characters_only() {
    assertThat(CachedLibrary.platform()).matches("[A-Za-z0-9._-]+").contains("-");
  }
}
