package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Code another user planted in the cache never runs, and a damaged copy is replaced. */
class LibraryTrustTest {
  @TempDir Path cache;
  @TempDir Path source;

  private URL resource(String text) throws Exception {
    return Files.writeString(source.resolve("lib.so"), text).toUri().toURL();
  }

  private Path unpacked(URL lib) {
    Path dir = CachedLibrary.folder(cache, "demo", "1.0", "libdemo.so", () -> lib);
    assertThat(dir).isNotNull();
    return dir.resolve("libdemo.so");
  }

  /** Truncated (SIGBUS when loaded), or changed at the same size (planted code). */
  @ParameterizedTest
  @ValueSource(strings = {"the real", "planted evil machine"})
  void should_unpack_again_a_library_that_was_truncated_or_changed(String damaged)
      throws Exception {
    URL lib = resource("the real native code");
    Files.writeString(unpacked(lib), damaged);

    assertThat(unpacked(lib)).hasContent("the real native code");
  }

  @Test
  void should_unpack_again_a_library_without_its_recorded_checksum() throws Exception {
    URL lib = resource("the real native code");
    Path file = unpacked(lib);
    Files.delete(file.resolveSibling("libdemo.so.sha256"));
    Files.writeString(file, "planted evil machine");

    assertThat(unpacked(lib)).hasContent("the real native code");
    assertThat(file.resolveSibling("libdemo.so.sha256")).content().matches("20 [0-9a-f]{64}\n");
  }

  @Test
  void should_not_use_a_library_folder_others_can_write() throws Exception {
    URL lib = resource("the real native code");
    Path file = unpacked(lib);
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(CachedLibrary.folder(cache, "demo", "1.0", "libdemo.so", () -> lib)).isNull();
  }

  @Test
  void should_ignore_a_cache_folder_others_can_write_with_one_warning() throws Exception {
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

    LibraryCache.Choice choice = LibraryCache.choose(cache);

    assertThat(choice.dir()).isNotEqualTo(cache);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(choice.dir())))
        .isEqualTo("rwx------");
    assertThat(choice.warning())
        .contains(cache.toString(), "can be written by other users", "chmod go-w")
        .doesNotContain("\n");
  }

  @Test
  void should_ignore_a_cache_folder_of_another_user_simulated() throws Exception {
    Trust someoneElse = new Trust(Trust.system().uid() + 1);

    LibraryCache.Choice choice = LibraryCache.choose(cache, someoneElse);

    assertThat(choice.dir()).isNotEqualTo(cache);
    assertThat(choice.warning()).contains("belongs to another user", "move it aside");
  }

  /** A real second owner: root may give a folder to any user id, existing or not. */
  @Test
  void should_ignore_a_cache_folder_and_library_of_another_user() throws Exception {
    assumeThat(System.getProperty("user.name")).as("only root can chown").isEqualTo("root");
    URL lib = resource("the real native code");
    Path file = unpacked(lib);
    Files.setAttribute(file, "unix:uid", 54321);

    assertThat(CachedLibrary.folder(cache, "demo", "1.0", "libdemo.so", () -> lib)).isNull();

    Files.setAttribute(cache, "unix:uid", 54321);
    assertThat(LibraryCache.choose(cache).warning()).contains("belongs to another user");
  }

  @Test
  void should_use_a_private_cache_of_its_own_without_a_word() {
    LibraryCache.Choice choice = LibraryCache.choose(cache);

    assertThat(choice.dir()).isEqualTo(cache);
    assertThat(choice.warning()).isNull();
  }
}
