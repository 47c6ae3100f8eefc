package dev.knots.cli;

import dev.knots.body.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code man}: the manual page built from the command model at build time, shipped in the jar. */
@Command(
    name = "man",
    mixinStandardHelpOptions = true,
    description = "Print the manual page of knots, or of one command.")
final class ManCommand implements Callable<Integer> {
  /** Where the build puts the pages: NAME.adoc (AsciiDoc) and NAME.1 (roff). */
  static final String FOLDER = "/dev/knots/man/";

  private static final int DEFAULT_WIDTH = 80;

  private final AppContext context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "A command, such as session or routines list (default: knots itself).")
  List<String> command = new ArrayList<>();

  @Option(
      names = "--roff",
      description =
          "Print the page as roff for man(1), to install it:"
              + " knots man --roff > ~/.local/share/man/man1/knots.1")
  boolean roff;

  ManCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CommandSpec target = spec.root();
    for (String word : command) {
      Map<String, CommandLine> subcommands = target.subcommands();
      CommandLine sub = subcommands.get(word);
      if (sub == null) {
        String known = String.join(", ", subcommands.keySet());
        String hint =
            Suggestions.closest(word, subcommands.keySet())
                .map(s -> "did you mean " + s + "? ")
                .orElse("");
        throw KnotsException.usage(
            "no command '"
                + word
                + "' in '"
                + target.qualifiedName()
                + "'; "
                + hint
                + "commands: "
                + known);
      }
      target = sub.getCommandSpec();
    }
    String page = target.qualifiedName("-");
    String text = read(page + (roff ? ".1" : ".adoc"));
    PrintWriter out = context.console().out();
    out.print(roff ? text : ManPageText.render(text, width(), context.color()));
    out.flush();
    return ExitCode.OK;
  }

  /** COLUMNS when the shell exports it and it is sensible, else the 80 the other commands fit. */
  private int width() {
    String columns = context.console().var("COLUMNS");
    if (columns != null && columns.matches("\\d{2,3}")) {
      return Math.max(40, Math.min(200, Integer.parseInt(columns)));
    }
    return DEFAULT_WIDTH;
  }

  private static String read(String name) {
    try (InputStream in = ManCommand.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw KnotsException.environment(
            "the manual page " + name + " is missing from this build: rebuild knots with Maven",
            null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw KnotsException.environment("could not read the manual page " + name, e);
    }
  }
}
