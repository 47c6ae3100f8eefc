package dev.knots.cli;

import dev.knots.config.KnotsPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine;

/** The Maven project version, from a resource filtered at build time; with --verbose, more. */
final class VersionProvider implements CommandLine.IVersionProvider {
  private final AppContext context;

  VersionProvider(AppContext context) {
    this.context = context;
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/knots/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("knots " + version());
    if (context.verbose()) {
      Console console = context.console();
      KnotsPaths paths = context.paths();
      lines.add(
          "java:      "
              + System.getProperty("java.vm.name")
              + " "
              + System.getProperty("java.runtime.version")
              + " ("
              + System.getProperty("java.home")
              + ")");
      lines.add(
          "os:        " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
      lines.add(
          "terminal:  TERM="
              + String.valueOf(console.env().get("TERM"))
              + ", stdin "
              + (console.stdinIsTerminal() ? "is" : "is not")
              + " a terminal, stdout "
              + (console.stdoutIsTerminal() ? "is" : "is not")
              + " a terminal");
      lines.add(
          "colour:    "
              + (context.color() ? "on" : "off")
              + " (--color="
              + context.colorChoice().name().toLowerCase(Locale.ROOT)
              + ")");
      lines.add("routines:  " + paths.routines());
      lines.add("settings:  " + paths.settingsFile());
      lines.add("history:   " + paths.state());
      lines.add("cache:     " + paths.cache());
      lines.add("class-data archive: " + System.getProperty("knots.cds", "not used"));
    }
    return lines.toArray(String[]::new);
  }
}
