package dev.knots.terminal;

import dev.knots.platform.CachedLibrary;
import java.io.IOError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.Signals;

/**
 * Finds and opens the process's own terminal, quickly: through JNI alone (no helper processes),
 * JLine's native library kept in the cache folder, the capabilities of the types JLine ships read
 * from its own copy instead of {@code infocmp}; and the rehearsal of all that for the class-data
 * training run. What a session then does with the terminal is {@link Terminals}.
 */
public final class SystemTerminal {
  private static final String NATIVE_PATH = "library.jline.path";

  /** Where JLine's native library is kept; null: where JLine puts it (the temp folder). */
  private static volatile Path nativeLibraryCache;

  private SystemTerminal() {}

  /**
   * The process's terminal through JNI alone: no exec provider, so JLine starts no helper processes
   * ({@code test -t}, {@code tty}, {@code infocmp}). {@code type} null means TERM.
   */
  public static Terminal open(String type) throws IOException {
    if (nativeLibraryCache != null) {
      useCachedNativeLibrary(nativeLibraryCache);
    }
    TerminalBuilder builder =
        TerminalBuilder.builder()
            .system(true)
            .jni(true)
            .exec(false)
            .jna(false)
            .jansi(false)
            .ffm(false)
            .dumb(true)
            .nativeSignals(true)
            .type(type);
    Terminal quick = QuickCapabilitiesProvider.open(builder);
    if (quick != null) {
      return quick;
    }
    useBundledCapabilities(type != null ? type : System.getenv("TERM"));
    return builder.build();
  }

  /**
   * Keeps JLine's native library in this cache folder (see {@link #useCachedNativeLibrary}) from
   * the next terminal opened on. JLine itself starts on the main thread, when the terminal opens:
   * started early on the background thread, it delayed SQLite's start there, and a session's first
   * question waited for the slower of the two (20-30 ms more).
   */
  public static void keepNativeLibraryIn(Path cacheDir) {
    nativeLibraryCache = cacheDir;
  }

  /**
   * Points JLine at a copy of its native library in the cache folder: by default it unpacks one
   * into the temp folder on every start, and a run ended by Ctrl-C left it there (hundreds of files
   * after a few days of use).
   */
  static void useCachedNativeLibrary(Path cacheDir) {
    if (System.getProperty(NATIVE_PATH) != null) {
      return;
    }
    // the name JLine's loader looks for (it ships .jnilib files for macOS)
    String name = System.mapLibraryName("jlinenative").replace(".dylib", ".jnilib");
    Path dir =
        CachedLibrary.folder(
            cacheDir,
            "jline-native",
            JLineNativeLoader.getVersion(),
            name,
            () ->
                JLineNativeLoader.class.getResource(
                    "/org/jline/nativ/"
                        + OSInfo.getNativeLibFolderPathForCurrentOS()
                        + "/"
                        + name));
    if (dir != null) {
      System.setProperty(NATIVE_PATH, dir.toString());
      // where its clean-up looks for copies left behind: this folder, not the whole temp folder
      System.setProperty("jline.tmpdir", dir.toString());
    }
  }

  /**
   * JLine asks {@code infocmp} for the capabilities of every terminal type, even without its exec
   * provider: a child process and about 60 ms before the first screen. For the types JLine ships
   * (xterm, xterm-256color, screen, rxvt, ansi...) its own copy is used instead; other types still
   * ask infocmp, which knows them.
   */
  static void useBundledCapabilities(String type) {
    if (type == null || type.isEmpty() || InfoCmp.getLoadedInfoCmp(type) != null) {
      return;
    }
    String bundled = InfoCmp.getDefaultInfoCmp(type);
    if (bundled != null) {
      InfoCmp.setLoadedInfoCmp(type, bundled);
    }
  }

  /**
   * For the class-data training run, which has no terminal: searches for the system terminal as
   * {@link #open} does (finding none, it gets a dumb one and closes it), so the archive holds the
   * lambdas an interactive run links (about 25 classes a session otherwise generated at run time),
   * and reads the type's capabilities as a real terminal does. Never call it with a terminal on
   * stdin: it would open it.
   */
  public static void rehearse(String type, Path cacheDir) {
    keepNativeLibraryIn(cacheDir);
    String bundled = Capabilities.bundled(type);
    if (bundled != null) {
      Capabilities.parse(bundled, new HashSet<>(), new HashMap<>(), new HashMap<>());
    }
    // a terminal's signal handlers: JLine's lambdas and the JDK's signal classes
    Signals.unregister("WINCH", Signals.register("WINCH", () -> {}));
    Signals.unregister("WINCH", Signals.registerDefault("WINCH"));
    try {
      open(type).close();
    } catch (IOException | RuntimeException | IOError e) {
      // nothing to rehearse here: the archive is only a little less complete
    }
  }
}
