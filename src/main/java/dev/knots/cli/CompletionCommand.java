package dev.knots.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script; picocli's script serves zsh through bashcompinit. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script.",
      "bash: source <(knots completion bash)",
      "zsh:  source <(knots completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script supports. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    // this run built only the commands it names; the script needs them all
    CommandLine all =
        CommandTree.full(KnotsCommand.commandLine(spec.root().commandLine().getFactory()));
    String script = AutoComplete.bash("knots", all);
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
