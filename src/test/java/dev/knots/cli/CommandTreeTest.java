package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandTreeTest {
  @TempDir Path home;

  private AppContext context() {
    return CliRun.silentContext(home);
  }

  private static List<List<String>> paths(CommandLine line, List<String> prefix) {
    List<List<String>> all = new ArrayList<>();
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> words = new ArrayList<>(prefix);
              words.add(name);
              all.add(words);
              all.addAll(paths(sub, words));
            });
    return all;
  }

  /** The commands built from their class: a stub has no command object behind it. */
  private static List<String> built(CommandLine line, String prefix) {
    List<String> all = new ArrayList<>();
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandSpec().userObject() != null) {
                all.add(prefix + name);
              }
              all.addAll(built(sub, prefix + name + " "));
            });
    return all;
  }

  private CommandLine named(String... args) {
    return CommandTree.named(
        KnotsCommand.commandLine(new CommandFactory(context())), List.of(args));
  }

  @Test
  void should_build_no_subcommand_but_list_them_all_when_the_top_help_is_asked_for() {
    CommandLine top = named("--help");

    assertThat(built(top, "")).isEmpty();
    assertThat(top.getSubcommands().keySet())
        .containsExactly(
            "session",
            "triage",
            "areas",
            "activities",
            "routines",
            "history",
            "progress",
            "report",
            "completion",
            "man");
  }

  @Test
  void should_build_only_the_commands_named_in_the_arguments() {
    assertThat(built(named("routines", "list", "--area", "neck"), ""))
        .containsExactly("routines", "routines list");
    assertThat(built(named("--color", "never", "session", "--area", "calves"), ""))
        .containsExactly("session");
  }

  @Test
  void should_print_the_same_help_for_every_command_whether_built_alone_or_in_full() {
    CommandLine full = KnotsCli.build(context());
    List<List<String>> commands = paths(full, List.of());
    assertThat(commands).hasSize(17);
    commands.add(List.of());
    for (List<String> words : commands) {
      CommandLine expected = full;
      for (String word : words) {
        expected = expected.getSubcommands().get(word);
      }
      List<String> args = new ArrayList<>(words);
      args.add("--help");
      CliRun.Result result = new CliRun(home).run(args.toArray(String[]::new));

      assertThat(result.exitCode()).as("%s", args).isZero();
      assertThat(result.out()).as("%s", args).isEqualTo(expected.getUsageMessage());
    }
  }

  @Test
  void should_start_sqlite_and_jline_early_only_for_runs_of_commands_that_use_them() {
    assertThat(
            KnotsCli.runs(new String[] {"triage", "--area", "calves"}, KnotsCli.HISTORY_COMMANDS))
        .isTrue();
    assertThat(KnotsCli.runs(new String[] {"--color=never", "session"}, KnotsCli.HISTORY_COMMANDS))
        .isTrue();
    assertThat(KnotsCli.runs(new String[] {"progress"}, KnotsCli.HISTORY_COMMANDS)).isTrue();
    assertThat(KnotsCli.runs(new String[] {"history", "--help"}, KnotsCli.HISTORY_COMMANDS))
        .isFalse();
    assertThat(KnotsCli.runs(new String[] {"session", "-V"}, KnotsCli.HISTORY_COMMANDS)).isFalse();
    assertThat(KnotsCli.runs(new String[] {"routines", "list"}, KnotsCli.HISTORY_COMMANDS))
        .isFalse();
    assertThat(KnotsCli.runs(new String[] {}, KnotsCli.HISTORY_COMMANDS)).isFalse();
  }

  @Test
  void should_list_the_other_commands_only_when_the_run_may_show_them() {
    assertThat(named("session", "--area", "calves").getSubcommands().keySet())
        .containsExactly("session");
    assertThat(named("sesion", "--area", "calves").getSubcommands()).hasSize(10);
    assertThat(named("man", "session").getSubcommands()).hasSize(10);
    assertThat(named("routines", "--help").getSubcommands().get("routines").getSubcommands())
        .hasSize(7);
    assertThat(named("routines", "list").getSubcommands().get("routines").getSubcommands().keySet())
        .containsExactly("list");
  }

  @Test
  void should_still_suggest_the_right_name_for_a_misspelt_command() {
    CliRun.Result top = new CliRun(home).run("sesion", "--area", "calves");
    CliRun.Result nested = new CliRun(home).run("routines", "lst");

    assertThat(top.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(top.err()).contains("session");
    assertThat(nested.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(nested.err()).contains("list");
  }

  @Test
  void should_list_each_command_under_the_name_it_gives_itself() {
    List<String> checked = new ArrayList<>();
    ownNames(KnotsCli.build(context()), checked);

    assertThat(checked).hasSize(17).contains("session", "triage", "list", "schema", "man");
  }

  @Test
  void should_have_no_option_of_a_type_whose_converter_picocli_is_told_to_leave_out() {
    List<String> types = new ArrayList<>();
    optionTypes(KnotsCli.build(context()), types);

    assertThat(System.getProperty(KnotsCommand.CONVERTER_EXCLUDES))
        .isEqualTo(KnotsCommand.UNUSED_CONVERTERS);
    assertThat(types).contains("java.nio.file.Path", "java.lang.Integer");
    assertThat(types).noneMatch(type -> type.matches(KnotsCommand.UNUSED_CONVERTERS));
  }

  private static void optionTypes(CommandLine line, List<String> types) {
    line.getCommandSpec().args().forEach(arg -> types.add(arg.type().getName()));
    line.getCommandSpec()
        .args()
        .forEach(arg -> List.of(arg.auxiliaryTypes()).forEach(t -> types.add(t.getName())));
    line.getSubcommands().values().forEach(sub -> optionTypes(sub, types));
  }

  private static void ownNames(CommandLine line, List<String> checked) {
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              Object command = sub.getCommandSpec().userObject();
              String own =
                  command instanceof CodedCommand coded
                      ? coded.spec().name()
                      : command.getClass().getAnnotation(CommandLine.Command.class).name();
              assertThat(own).as("the command listed as %s", name).isEqualTo(name);
              checked.add(name);
              ownNames(sub, checked);
            });
  }
}
