package dev.knots.cli;

import dev.knots.platform.Editor;
import dev.knots.routine.Durations;
import dev.knots.routine.InvalidRoutineFile;
import dev.knots.routine.Routine;
import dev.knots.routine.RoutineException;
import dev.knots.routine.RoutineLibrary;
import dev.knots.routine.RoutineLoader;
import dev.knots.routine.RoutineNames;
import dev.knots.routine.RoutineSchema;
import dev.knots.terminal.LineQuestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code routines edit NAME}: copies a bundled routine to the user folder if needed, opens the
 * editor, validates on close and offers to reopen when there are problems.
 */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "Open a routine in $VISUAL or $EDITOR; check it when the editor closes.",
      "A bundled routine is first copied to your routines folder (yours then replaces it)."
    })
final class RoutinesEditCommand implements Callable<Integer> {
  private final AppContext context;

  @Parameters(paramLabel = "NAME", description = "The routine's name (see 'knots routines list').")
  String name;

  RoutinesEditCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RoutineLibrary library = RoutineLookup.library(context);
    String id =
        RoutineNames.normalize(name)
            .orElseThrow(() -> KnotsException.usage(RoutineLookup.unknown(library, name)));
    List<String> editor =
        Editor.fromEnvironment(context.console()::var)
            .orElseThrow(
                () ->
                    KnotsException.usage(
                        "no editor - set VISUAL or EDITOR, for example EDITOR=nano"));
    PrintWriter out = context.console().out();
    Optional<Path> own = library.ownFile(id);
    Path file = own.orElseGet(() -> copyBundled(library, id));
    try {
      RoutineSchema.installFor(library.userRoutinesDir());
    } catch (IOException e) {
      // only editors' completion needs the schema copy; editing works without it
      context.console().err().println("knots: could not write the schema copy: " + e.getMessage());
    }
    RoutineLoader loader = new RoutineLoader();
    LineQuestion question = new LineQuestion(context.console().in(), out);
    boolean first = true;
    while (true) {
      int code;
      try {
        code = open(editor, file);
      } catch (KnotsException e) {
        if (first && own.isEmpty()) {
          // an untouched copy would shadow the bundled routine from now on
          deleteQuietly(file);
        }
        throw e;
      }
      first = false;
      if (code != 0) {
        context.console().err().println("knots: the editor exited with status " + code);
      }
      try {
        Routine routine = loader.load(file);
        out.println(
            id + " is valid: " + Durations.format(routine.totalDuration()) + ", saved in " + file);
        return ExitCode.OK;
      } catch (RoutineException e) {
        if (e.unreadable()) {
          throw RoutineLookup.failure(e);
        }
        e.problems().forEach(out::println);
        // in a terminal only: anything else means no
        if (!context.console().stdinIsTerminal()
            || !question.yesByDefault("Open the editor again to fix it?")) {
          out.println(
              "The file is saved but knots skips it until it is valid: 'knots routines edit "
                  + id
                  + "' to fix it.");
          return ExitCode.INVALID_DATA;
        }
      }
    }
  }

  private int open(List<String> editor, Path file) {
    try {
      return Editor.open(editor, file, context.console().workingDir());
    } catch (IOException e) {
      throw KnotsException.environment(Editor.cannotStart(editor, e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw KnotsException.interrupted("interrupted while the editor was open");
    }
  }

  private Path copyBundled(RoutineLibrary library, String id) {
    Path target = library.userFile(id);
    try {
      if (!library.copyBundled(id)) {
        boolean brokenElsewhere =
            library.invalid().stream().map(InvalidRoutineFile::name).anyMatch(id::equals);
        throw KnotsException.usage(
            brokenElsewhere ? "no routine file named " + id : RoutineLookup.unknown(library, id));
      }
    } catch (FileAlreadyExistsException e) {
      throw KnotsException.environment(
          "cannot write "
              + target
              + ": a link or other file is in the way - move it aside and try again",
          e);
    } catch (IOException e) {
      throw KnotsException.environment("cannot write " + target + ": " + e.getMessage(), e);
    }
    context.console().out().println("Copied the bundled routine " + id + " to " + target);
    return target;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the editor failure is what the person needs to hear about
    }
  }
}
