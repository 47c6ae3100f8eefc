package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemTerminalTest {
  @Test
  void should_use_jlines_own_capabilities_for_a_type_it_ships() {
    SystemTerminal.useBundledCapabilities("rxvt-unicode");

    // what InfoCmp.getInfoCmp returns without starting infocmp
    assertThat(InfoCmp.getLoadedInfoCmp("rxvt-unicode"))
        .isNotBlank()
        .isEqualTo(InfoCmp.getDefaultInfoCmp("rxvt-unicode"));
  }

  @Test
  void should_leave_a_type_it_does_not_ship_to_infocmp() {
    SystemTerminal.useBundledCapabilities("knots-test-terminal");
    SystemTerminal.useBundledCapabilities("");
    SystemTerminal.useBundledCapabilities(null);

    assertThat(InfoCmp.getLoadedInfoCmp("knots-test-terminal")).isNull();
  }

  @Test
  void should_point_jline_at_a_copy_of_its_native_library_in_the_cache(@TempDir Path cache)
      throws Exception {
    String path = System.clearProperty("library.jline.path");
    String tmp = System.clearProperty("jline.tmpdir");
    try {
      SystemTerminal.useCachedNativeLibrary(cache);

      Path dir = Path.of(System.getProperty("library.jline.path"));
      assertThat(dir).startsWith(cache);
      try (var files = Files.list(dir)) {
        // the library, and beside it its size and SHA-256 recorded when it was unpacked
        assertThat(files.map(f -> f.getFileName().toString()))
            .hasSize(2)
            .allMatch(name -> name.contains("jlinenative"))
            .anyMatch(name -> name.endsWith(".sha256"));
      }
      // JLine's clean-up of old copies looks in that folder, not the whole temp folder
      assertThat(System.getProperty("jline.tmpdir")).isEqualTo(dir.toString());
    } finally {
      System.clearProperty("library.jline.path");
      System.clearProperty("jline.tmpdir");
      if (path != null) {
        System.setProperty("library.jline.path", path);
      }
      if (tmp != null) {
        System.setProperty("jline.tmpdir", tmp);
      }
    }
  }
}
