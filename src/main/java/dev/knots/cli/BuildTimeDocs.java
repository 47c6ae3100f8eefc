package dev.knots.cli;

import dev.knots.config.KnotsPaths;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the jar ships about the commands, at build time: pom.xml runs it after compiling,
 * with the classes folder as its argument. The man pages (AsciiDoc; asciidoctor then writes roff)
 * and {@code knots --help} in both colourings ({@link TopUsage}). Not used at run time.
 */
public final class BuildTimeDocs {
  private BuildTimeDocs() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    CommandLine tree = tree();
    for (boolean color : new boolean[] {false, true}) {
      Help.ColorScheme scheme = Help.defaultColorScheme(color ? Help.Ansi.ON : Help.Ansi.OFF);
      Path file = classes.resolve(TopUsage.resource(color).substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, tree.getUsageMessage(scheme), StandardCharsets.UTF_8);
    }
    File manFolder = classes.resolve(ManCommand.FOLDER.substring(1)).toFile();
    boolean[] quiet = {};
    boolean overwrite = true;
    System.exit(
        ManPageGenerator.generateManPage(manFolder, null, quiet, overwrite, tree.getCommandSpec()));
  }

  /** Every command, in an empty environment: no build machine's paths or settings may leak in. */
  static CommandLine tree() {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    Path home = Path.of("~");
    Console console =
        new Console(InputStream.nullInputStream(), sink, sink, Map.of(), false, false, home);
    AppContext context = new AppContext(console, KnotsPaths.resolve(Map.of(), "Linux", home, home));
    return CommandTree.full(KnotsCommand.commandLine(new CommandFactory(context)));
  }
}
