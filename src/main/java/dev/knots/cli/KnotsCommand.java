package dev.knots.cli;

import dev.knots.terminal.ColorPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options, and a short usage when called bare. */
@Command(
    name = "knots",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "A routine coach for muscle knots: a safety check, then a guided routine.",
      "Massage, foam-roll and stretch steps run as a countdown in your terminal.",
      "knots is not medical advice; see a doctor when it tells you to."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; the safety check says self-care is fine",
      "1:an unexpected error (details are written to a file it names)",
      "2:usage error: bad option, unknown name, missing answer",
      "3:the safety check stopped the session or advised care",
      "65:invalid routine data (file:line:column)",
      "66:a named file does not exist or cannot be read",
      "130:interrupted (Ctrl-C, or q and confirm)"
    },
    footer = {"", "Run 'knots COMMAND --help' for a command's options."})
final class KnotsCommand implements Callable<Integer> {

  /** The commands a newcomer needs first, most useful first. */
  private static final List<String[]> HIGHLIGHTS =
      List.of(
          new String[] {"session --area lower-back", "safety check, then a guided routine"},
          new String[] {"routines list", "the routines you can run"},
          new String[] {"areas", "the body areas that have routines"},
          new String[] {"progress", "whether your knots are getting better"},
          new String[] {"completion bash", "shell completion for bash or zsh"});

  @Spec CommandSpec spec;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      completionCandidates = ColorChoices.class,
      converter = ColorChoices.class,
      description = "Colour: ${COMPLETION-CANDIDATES} (default: auto; NO_COLOR is honoured).")
  ColorPolicy.Choice color = ColorPolicy.Choice.AUTO;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "More detail: with --version, the Java, terminal and file locations in force;"
              + " on an error, the stack trace.")
  boolean verbose;

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
