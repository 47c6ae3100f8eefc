package dev.knots.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where knots keeps its files (cli.md): XDG base directories, or {@code KNOTS_HOME} for all three
 * roots. Empty variables count as unset; relative XDG paths are ignored as the XDG spec says, while
 * a relative {@code KNOTS_HOME} is taken from the working directory.
 */
public record KnotsPaths(Path config, Path state, Path cache) {

  /** Resolves the roots from the environment's variables and a home. */
  public static KnotsPaths resolve(
      Map<String, String> env, String osName, Path home, Path workingDir) {
    String knotsHome = nonEmpty(env.get("KNOTS_HOME"));
    if (knotsHome != null) {
      Path root = workingDir.resolve(knotsHome).normalize();
      return new KnotsPaths(root.resolve("config"), root.resolve("state"), root.resolve("cache"));
    }
    if (osName != null && osName.startsWith("Windows")) {
      Path roaming = absolute(env.get("APPDATA"), home.resolve("AppData/Roaming"));
      Path local = absolute(env.get("LOCALAPPDATA"), home.resolve("AppData/Local"));
      return new KnotsPaths(
          roaming.resolve("knots"),
          local.resolve("knots").resolve("state"),
          local.resolve("knots").resolve("cache"));
    }
    return new KnotsPaths(
        absolute(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("knots"),
        absolute(env.get("XDG_STATE_HOME"), home.resolve(".local/state")).resolve("knots"),
        absolute(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("knots"));
  }

  /** The user's own routines, searched before the bundled ones. */
  public Path routines() {
    return config.resolve("routines");
  }

  public Path settingsFile() {
    return config.resolve("config.yaml");
  }

  private static Path absolute(String value, Path fallback) {
    String v = nonEmpty(value);
    if (v == null) {
      return fallback;
    }
    Path p = Path.of(v);
    return p.isAbsolute() ? p : fallback;
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
