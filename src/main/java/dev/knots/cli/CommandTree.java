package dev.knots.cli;

import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command under {@code knots}, written once. A run builds in full only the commands its
 * arguments name; the others get a stub with just their name and description for the help list.
 * picocli reflects over every command it builds from annotations, and creates each command object:
 * building all sixteen cost {@code knots --help} half its time (482 to 234 ms without an archive).
 */
final class CommandTree {
  /**
   * A command of the tree; {@code description} is written out for a command built from code (null
   * for one with annotations), so that listing it never builds it.
   */
  private record Node(String name, Class<?> type, String[] description, List<Node> children) {}

  private static final List<Node> TOP =
      List.of(
          new Node("session", SessionCommand.class, SessionCommand.DESCRIPTION, List.of()),
          new Node("triage", TriageCommand.class, TriageCommand.DESCRIPTION, List.of()),
          leaf("areas", AreasCommand.class),
          leaf("activities", ActivitiesCommand.class),
          new Node(
              "routines",
              RoutinesCommand.class,
              null,
              List.of(
                  leaf("list", RoutinesListCommand.class),
                  leaf("show", RoutinesShowCommand.class),
                  leaf("validate", RoutinesValidateCommand.class),
                  leaf("new", RoutinesNewCommand.class),
                  leaf("edit", RoutinesEditCommand.class),
                  leaf("schema", RoutinesSchemaCommand.class),
                  leaf("figures", RoutinesFiguresCommand.class))),
          leaf("history", HistoryCommand.class),
          leaf("progress", ProgressCommand.class),
          leaf("report", ReportCommand.class),
          leaf("completion", CompletionCommand.class),
          leaf("man", ManCommand.class));

  private CommandTree() {}

  // names written out: reading them from the annotations would cost a quiz's run the annotations
  private static Node leaf(String name, Class<?> type) {
    return new Node(name, type, null, List.of());
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
    boolean stubs = listAll || nodes.stream().noneMatch(node -> inFull.test(node.name()));
    for (Node node : nodes) {
      CommandLine child;
      if (inFull.test(node.name())) {
        child = built(node.type(), parent.getFactory());
        // so that `knots session --version` prints the version too
        child.getCommandSpec().versionProvider(parent.getCommandSpec().versionProvider());
        add(child, node.children(), inFull, listAll);
      } else if (!stubs) {
        continue;
      } else {
        child = new CommandLine(stub(node), parent.getFactory());
      }
      parent.addSubcommand(node.name(), child);
    }
  }

  /** A command in full: from its code, or from its annotations. */
  private static CommandLine built(Class<?> type, IFactory factory) {
    try {
      Object command = factory.create(type);
      return command instanceof CodedCommand coded
          ? new CommandLine(coded.spec(), factory)
          : new CommandLine(command, factory);
    } catch (Exception e) {
      throw new InitializationException("cannot create " + type.getName(), e);
    }
  }

  /** Just a command's name and description, for a list of commands. */
  private static CommandSpec stub(Node node) {
    CommandSpec stub = CommandSpec.create();
    if (node.description() != null) {
      stub.usageMessage().description(node.description());
    } else {
      Command command = node.type().getAnnotation(Command.class);
      stub.usageMessage().header(command.header()).description(command.description());
    }
    return stub;
  }
}
