package dev.knots.cli;

import dev.knots.terminal.ColorPolicy;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The top command: global options, and a short usage when called bare. */
final class KnotsCommand implements Callable<Integer>, CodedCommand {

  /** The commands a newcomer needs first, most useful first. */
  private static final List<String[]> HIGHLIGHTS =
      List.of(
          new String[] {"session --area lower-back", "safety check, then a guided routine"},
          new String[] {"routines list", "the routines you can run"},
          new String[] {"areas", "the body areas that have routines"},
          new String[] {"progress", "whether your knots are getting better"},
          new String[] {"completion bash", "shell completion for bash or zsh"});

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  KnotsCommand(IVersionProvider versions) {
    spec.name("knots").versionProvider(versions);
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "A routine coach for muscle knots: a safety check, then a guided routine.",
            "Massage, foam-roll and stretch steps run as a countdown in your terminal.",
            "knots is not medical advice; see a doctor when it tells you to.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes())
        .footer("", "Run 'knots COMMAND --help' for a command's options.");
    ColorChoices choices = new ColorChoices();
    spec.addOption(
        // --color and --verbose keep their values in picocli's model: the run reads them from there
        OptionSpec.builder("--color")
            .type(ColorPolicy.Choice.class)
            .initialValue(ColorPolicy.Choice.AUTO)
            .hasInitialValue(true)
            .paramLabel("WHEN")
            .scopeType(ScopeType.INHERIT)
            .completionCandidates(choices)
            .converters(choices)
            .description("Colour: ${COMPLETION-CANDIDATES} (default: auto; NO_COLOR is honoured).")
            .build());
    spec.addOption(
        OptionSpec.builder("--verbose")
            .type(boolean.class)
            .initialValue(false)
            .hasInitialValue(true)
            .scopeType(ScopeType.INHERIT)
            .description(
                "More detail: with --version, the Java, terminal and file locations in force;"
                    + " on an error, the stack trace; the libraries' log messages.")
            .build());
    CodedCommand.addStandardHelp(spec);
  }

  /**
   * picocli's own property: no converters for {@code java.time} and {@code java.sql} types (no
   * option of knots has one; a test keeps it so). Each {@code CommandLine} registers them by
   * reflection, initialising those classes: the first cost a session's main thread 11 ms.
   */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  static final String UNUSED_CONVERTERS = "java\\.(time|sql)\\..*";

  /** The top command of a run, its version from the factory's provider. */
  static CommandLine commandLine(IFactory factory) {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
    }
    try {
      return new CommandLine(
          new KnotsCommand(factory.create(VersionProvider.class)).spec(), factory);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create the version provider", e);
    }
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "done; the safety check says self-care is fine");
    codes.put("1", "an unexpected error (details are written to a file it names)");
    codes.put("2", "usage error: bad option, unknown name, missing answer");
    codes.put("3", "the safety check stopped the session or advised care");
    codes.put("65", "invalid routine data (file:line:column)");
    codes.put("66", "a named file does not exist or cannot be read");
    codes.put("74", "the output or the history could not be written (a full disk)");
    codes.put("130", "interrupted (Ctrl-C, or q and confirm)");
    return codes;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("knots - a routine coach for muscle knots");
    out.println();
    List<String[]> available =
        HIGHLIGHTS.stream()
            .filter(h -> spec.subcommands().containsKey(h[0].split(" ")[0]))
            .limit(3)
            .toList();
    int width = available.stream().mapToInt(h -> h[0].length()).max().orElse(0);
    for (String[] h : available) {
      out.printf("  knots %-" + width + "s   %s%n", h[0], h[1]);
    }
    out.println();
    out.println("Run 'knots --help' for every command and option.");
    return ExitCode.OK;
  }
}
