package dev.knots.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc) into the folder it is given, at build time: pom.xml runs it after
 * compiling, and asciidoctor turns the pages into roff. Not used at run time.
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws IOException {
    File folder = new File(args[0]);
    boolean[] quiet = {};
    boolean overwrite = true;
    System.exit(
        ManPageGenerator.generateManPage(folder, null, quiet, overwrite, tree().getCommandSpec()));
  }

  /** Every command, in an empty environment: no build machine's paths or settings may leak in. */
  static CommandLine tree() {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    Path home = Path.of("~");
    Console console =
        new Console(InputStream.nullInputStream(), sink, sink, Map.of(), false, false, home);
    AppContext context =
        new AppContext(console, KnotsPaths.resolve(name -> null, "Linux", home, home));
    return CommandTree.full(new CommandLine(KnotsCommand.class, new CommandFactory(context)));
  }
}
