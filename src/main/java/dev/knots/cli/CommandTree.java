package dev.knots.cli;

import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command under {@code knots}, written once. A run builds in full only the commands its
 * arguments name; the others get a stub with just their name and description for the help list.
 * picocli reflects over every command it builds from annotations, and creates each command object:
 * building all sixteen cost {@code knots --help} half its time (482 to 234 ms without an archive).
 */
final class CommandTree {
  private record Node(Class<?> type, List<Node> children) {}

  private static String nameOf(Node node) {
    return node.type().getAnnotation(Command.class).name();
  }

  private static final List<Node> TOP =
      List.of(
          leaf(SessionCommand.class),
          leaf(TriageCommand.class),
          leaf(AreasCommand.class),
          new Node(
              RoutinesCommand.class,
              List.of(
                  leaf(RoutinesListCommand.class),
                  leaf(RoutinesShowCommand.class),
                  leaf(RoutinesValidateCommand.class),
                  leaf(RoutinesNewCommand.class),
                  leaf(RoutinesEditCommand.class),
                  leaf(RoutinesSchemaCommand.class))),
          leaf(HistoryCommand.class),
          leaf(ProgressCommand.class),
          leaf(ReportCommand.class),
          leaf(CompletionCommand.class),
          leaf(ManCommand.class));

  private CommandTree() {}

  private static Node leaf(Class<?> type) {
    return new Node(type, List.of());
  }

  /** Adds every command in full: completion scripts and man pages describe them all. */
  static CommandLine full(CommandLine top) {
    add(top, TOP, name -> true, true);
    return top;
  }

  /**
   * Adds in full the commands named somewhere in these arguments. The others of a level are added
   * as stubs only when the run may list them: when it names none of that level (a usage, a misspelt
   * name) or is {@code man}, whose errors name them all.
   */
  static CommandLine named(CommandLine top, List<String> args) {
    add(top, TOP, args::contains, args.contains("man"));
    return top;
  }

  private static void add(
      CommandLine parent, List<Node> nodes, Predicate<String> inFull, boolean listAll) {
    boolean stubs = listAll || nodes.stream().noneMatch(node -> inFull.test(nameOf(node)));
    for (Node node : nodes) {
      Command command = node.type().getAnnotation(Command.class);
      CommandLine child;
      if (inFull.test(command.name())) {
        child = new CommandLine(node.type(), parent.getFactory());
        // so that `knots session --version` prints the version too
        child.getCommandSpec().versionProvider(parent.getCommandSpec().versionProvider());
        add(child, node.children(), inFull, listAll);
      } else if (!stubs) {
        continue;
      } else {
        CommandSpec stub = CommandSpec.create();
        stub.usageMessage().header(command.header()).description(command.description());
        child = new CommandLine(stub, parent.getFactory());
      }
      parent.addSubcommand(command.name(), child);
    }
  }
}
