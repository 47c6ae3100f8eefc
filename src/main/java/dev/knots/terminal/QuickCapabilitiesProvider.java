package dev.knots.terminal;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;

/**
 * JLine's JNI provider whose POSIX terminals read a bundled type's capabilities through {@link
 * Capabilities}; any other type is left to JLine (which asks infocmp).
 */
final class QuickCapabilitiesProvider extends JniTerminalProvider {
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

  private static final class QuickTerminal extends PosixSysTerminal {
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
