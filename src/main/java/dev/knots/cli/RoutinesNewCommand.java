package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.RoutineLibrary;
import dev.knots.routine.RoutineNames;
import dev.knots.routine.RoutineScaffold;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code routines new NAME --area AREA}: writes a commented routine to start from. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Write a commented routine to start from, in your routines folder.")
final class RoutinesNewCommand implements Callable<Integer> {
  private final AppContext context;

  @Parameters(
      paramLabel = "NAME",
      description = "The new routine's name: lower-case words and dashes.")
  String name;

  @Option(
      names = "--area",
      required = true,
      paramLabel = "AREA",
      converter = AreaConverter.class,
      completionCandidates = AreaConverter.class,
      description = "The body area it is for: ${COMPLETION-CANDIDATES}.")
  Area area;

  RoutinesNewCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String id =
        RoutineNames.normalize(name)
            .orElseThrow(
                () ->
                    KnotsException.usage(
                        "a routine NAME "
                            + RoutineNames.rule(name)
                            + ", not '"
                            + name
                            + "' - for example calf-extra"));
    RoutineLibrary library = RoutineLookup.library(context);
    Path file = library.newFile(id);
    if (Files.exists(file)) {
      throw KnotsException.usage(
          file + " already exists - change it with 'knots routines edit " + id + "'");
    }
    try {
      library.writeScaffold(file, id, area);
    } catch (FileAlreadyExistsException e) {
      throw KnotsException.usage(file + " already exists");
    } catch (IOException e) {
      throw KnotsException.environment("cannot write " + file + ": " + e.getMessage(), e);
    }
    RoutineScaffold.written(file, id, library.bundled(id).isPresent())
        .forEach(context.console().out()::println);
    return ExitCode.OK;
  }
}
