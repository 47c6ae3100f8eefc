package dev.knots.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Creates the commands for picocli's man page generator at build time (its {@code --factory}): the
 * generator needs a factory with a no-argument constructor. Not used at run time.
 */
public final class ManPageFactory implements CommandLine.IFactory {
  private final CommandFactory factory;

  public ManPageFactory() {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    Path home = Path.of("~");
    // An empty environment: no build machine's paths or settings may leak into the page.
    Console console =
        new Console(InputStream.nullInputStream(), sink, sink, Map.of(), false, false, home);
    this.factory =
        new CommandFactory(
            new AppContext(console, KnotsPaths.resolve(name -> null, "Linux", home, home)));
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    return factory.create(cls);
  }
}
