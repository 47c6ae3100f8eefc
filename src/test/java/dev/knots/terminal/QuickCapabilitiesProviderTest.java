package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/**
 * The patch over JLine's internals: pinned to one JLine, and equivalent to JLine's own terminal.
 */
class QuickCapabilitiesProviderTest {
  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  @Test
  void should_be_checked_again_before_jline_is_upgraded() throws IOException {
    // a new JLine: re-read TerminalBuilder.build(), JniTerminalProvider.sysTerminal and
    // PosixSysTerminal's constructor against QuickCapabilitiesProvider, then move the pin
    assertThat(version("jline-terminal", Terminal.class))
        .isEqualTo(QuickCapabilitiesProvider.JLINE_VERSION);
    assertThat(version("jline-terminal-jni", JniTerminalProvider.class))
        .isEqualTo(QuickCapabilitiesProvider.JLINE_VERSION);
  }

  @Test
  void should_give_a_terminal_the_capabilities_jline_gives_it() throws IOException {
    for (String type :
        List.of("xterm", "xterm-256color", "screen-256color", "rxvt-unicode-256color", "ansi")) {
      SystemTerminal.useBundledCapabilities(type); // JLine's own terminal then asks no infocmp
      try (Terminal quick =
              new QuickCapabilitiesProvider.QuickTerminal(
                  "quick",
                  type,
                  new MemoryPty(),
                  UTF_8,
                  UTF_8,
                  UTF_8,
                  false,
                  Terminal.SignalHandler.SIG_DFL);
          Terminal jline =
              new PosixSysTerminal(
                  "jline",
                  type,
                  new MemoryPty(),
                  UTF_8,
                  UTF_8,
                  UTF_8,
                  false,
                  Terminal.SignalHandler.SIG_DFL)) {
        assertThat(quick.getStringCapability(Capability.clear_screen)).as(type).isNotNull();
        for (Capability c : Capability.values()) {
          assertThat(quick.getBooleanCapability(c))
              .as(type + " " + c)
              .isEqualTo(jline.getBooleanCapability(c));
          assertThat(quick.getNumericCapability(c))
              .as(type + " " + c)
              .isEqualTo(jline.getNumericCapability(c));
          assertThat(quick.getStringCapability(c))
              .as(type + " " + c)
              .isEqualTo(jline.getStringCapability(c));
        }
      }
    }
  }

  /** The version Maven recorded in the artifact's jar. */
  private static String version(String artifact, Class<?> inJar) throws IOException {
    String resource = "/META-INF/maven/org.jline/" + artifact + "/pom.properties";
    try (InputStream in = inJar.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }

  /** A pseudo-terminal over in-memory streams: no keys, output kept. */
  private static final class MemoryPty implements Pty {
    private final InputStream in = new ByteArrayInputStream(new byte[0]);
    private final OutputStream out = new ByteArrayOutputStream();
    private Attributes attributes = new Attributes();

    @Override
    public InputStream getMasterInput() {
      return in;
    }

    @Override
    public OutputStream getMasterOutput() {
      return out;
    }

    @Override
    public InputStream getSlaveInput() {
      return in;
    }

    @Override
    public OutputStream getSlaveOutput() {
      return out;
    }

    @Override
    public Attributes getAttr() {
      return new Attributes(attributes);
    }

    @Override
    public void setAttr(Attributes attr) {
      attributes = new Attributes(attr);
    }

    @Override
    public Size getSize() {
      return new Size(80, 24);
    }

    @Override
    public void setSize(Size size) {
      // a fixed size is enough here
    }

    @Override
    public SystemStream getSystemStream() {
      return SystemStream.Output;
    }

    @Override
    public TerminalProvider getProvider() {
      return null;
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
