package dev.knots.terminal;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.OSUtils;

/**
 * PATCH OVER JLINE INTERNALS, pinned to JLine {@value #JLINE_VERSION}: JLine's JNI provider whose
 * POSIX terminals read a bundled type's capabilities through {@link Capabilities} (any other type
 * is left to JLine, which asks infocmp), and the builder's system-terminal path it is opened by.
 * Everything here leans on JLine's non-API classes and on what {@code TerminalBuilder.build()}
 * does; {@code QuickCapabilitiesProviderTest} fails when the JLine on the class path is another
 * version, and checks that a terminal opened here has exactly the capabilities JLine's own one has.
 */
final class QuickCapabilitiesProvider extends JniTerminalProvider {
  /** The JLine version this patch was written against and checked with. */
  static final String JLINE_VERSION = "3.30.9";

  /**
   * The common case - a POSIX terminal on stdin and stdout or stderr - opened as the builder would,
   * through this provider; null for every other case and on any failure, which the builder then
   * handles as it always did (dumb types and streams, Windows, its fallbacks).
   */
  static Terminal open(TerminalBuilder builder) {
    String type = builder.computeType();
    if (OSUtils.IS_WINDOWS
        || type == null
        || type.startsWith(Terminal.TYPE_DUMB)
        || !Capabilities.isBundled(type)) {
      return null;
    }
    QuickCapabilitiesProvider provider;
    try {
      provider = new QuickCapabilitiesProvider();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
    SystemStream output =
        provider.isSystemStream(SystemStream.Output)
            ? SystemStream.Output
            : provider.isSystemStream(SystemStream.Error) ? SystemStream.Error : null;
    if (output == null || !provider.isSystemStream(SystemStream.Input)) {
      return null;
    }
    try {
      return provider.sysTerminal(
          "JLine terminal",
          type,
          false,
          builder.computeEncoding(),
          builder.computeStdinEncoding(),
          output == SystemStream.Output
              ? builder.computeStdoutEncoding()
              : builder.computeStderrEncoding(),
          true,
          Terminal.SignalHandler.SIG_DFL,
          false,
          output);
    } catch (IOException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  @Override
  public Terminal posixSysTerminal(
      String name,
      String type,
      boolean ansiPassThrough,
      Charset encoding,
      Charset stdinEncoding,
      Charset stdoutEncoding,
      Charset stderrEncoding,
      boolean nativeSignals,
      Terminal.SignalHandler signalHandler,
      boolean paused,
      SystemStream systemStream)
      throws IOException {
    Charset outputEncoding = systemStream == SystemStream.Error ? stderrEncoding : stdoutEncoding;
    return new QuickTerminal(
        name,
        type,
        current(systemStream),
        encoding,
        stdinEncoding,
        outputEncoding,
        nativeSignals,
        signalHandler);
  }

  /**
   * JLine's POSIX terminal, its capabilities read by {@link Capabilities} when JLine ships them.
   */
  static final class QuickTerminal extends PosixSysTerminal {
    QuickTerminal(
        String name,
        String type,
        Pty pty,
        Charset encoding,
        Charset inputEncoding,
        Charset outputEncoding,
        boolean nativeSignals,
        SignalHandler signalHandler)
        throws IOException {
      super(name, type, pty, encoding, inputEncoding, outputEncoding, nativeSignals, signalHandler);
    }

    // called by the superclass constructor: only inherited state is used
    @Override
    protected void parseInfoCmp() {
      String description = Capabilities.bundled(type);
      if (description == null) {
        super.parseInfoCmp();
      } else {
        Capabilities.parse(description, bools, ints, strings);
      }
    }
  }
}
