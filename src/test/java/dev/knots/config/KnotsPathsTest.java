package dev.knots.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnotsPathsTest {
  private static final Path HOME = Path.of("/home/ann");
  private static final Path CWD = Path.of("/work/here");
  private final Map<String, String> env = new HashMap<>();

  private KnotsPaths resolve() {
    return KnotsPaths.resolve(env, "Linux", HOME, CWD);
  }

  @Test
  void should_use_the_xdg_defaults_when_nothing_is_set() {
    KnotsPaths paths = resolve();

    assertThat(paths.config()).isEqualTo(Path.of("/home/ann/.config/knots"));
    assertThat(paths.state()).isEqualTo(Path.of("/home/ann/.local/state/knots"));
    assertThat(paths.cache()).isEqualTo(Path.of("/home/ann/.cache/knots"));
    assertThat(paths.routines()).isEqualTo(Path.of("/home/ann/.config/knots/routines"));
    assertThat(paths.settingsFile()).isEqualTo(Path.of("/home/ann/.config/knots/config.yaml"));
  }

  @Test
  void should_use_each_xdg_variable_that_is_set() {
    env.put("XDG_CONFIG_HOME", "/c");
    env.put("XDG_STATE_HOME", "/s");
    env.put("XDG_CACHE_HOME", "/k");

    assertThat(resolve())
        .isEqualTo(new KnotsPaths(Path.of("/c/knots"), Path.of("/s/knots"), Path.of("/k/knots")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "relative/dir"})
  void should_ignore_an_empty_or_relative_xdg_variable(String value) {
    env.put("XDG_CONFIG_HOME", value);
    env.put("XDG_STATE_HOME", value);
    env.put("XDG_CACHE_HOME", value);

    assertThat(resolve()).isEqualTo(KnotsPaths.resolve(Map.of(), "Linux", HOME, CWD));
  }

  @Test
  void should_put_all_three_roots_under_knots_home() {
    env.put("KNOTS_HOME", "/tmp/kh");
    env.put("XDG_CONFIG_HOME", "/c");

    assertThat(resolve())
        .isEqualTo(
            new KnotsPaths(
                Path.of("/tmp/kh/config"), Path.of("/tmp/kh/state"), Path.of("/tmp/kh/cache")));
  }

  @Test
  void should_take_a_relative_knots_home_from_the_working_directory() {
    env.put("KNOTS_HOME", "kh");

    assertThat(resolve().state()).isEqualTo(Path.of("/work/here/kh/state"));
  }

  @Test
  void should_ignore_an_empty_knots_home() {
    env.put("KNOTS_HOME", "");
    env.put("XDG_STATE_HOME", "/s");

    assertThat(resolve().state()).isEqualTo(Path.of("/s/knots"));
  }

  @Test
  void should_use_appdata_on_windows() {
    env.put("APPDATA", "/C/Users/ann/AppData/Roaming");
    env.put("LOCALAPPDATA", "/C/Users/ann/AppData/Local");

    KnotsPaths paths = KnotsPaths.resolve(env, "Windows 11", HOME, CWD);

    assertThat(paths.config()).isEqualTo(Path.of("/C/Users/ann/AppData/Roaming/knots"));
    assertThat(paths.state()).isEqualTo(Path.of("/C/Users/ann/AppData/Local/knots/state"));
    assertThat(paths.cache()).isEqualTo(Path.of("/C/Users/ann/AppData/Local/knots/cache"));
  }
}
