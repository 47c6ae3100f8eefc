package dev.knots.cli;

import dev.knots.routine.BundledRoutines;
import dev.knots.routine.Problem;
import dev.knots.routine.RoutineException;
import dev.knots.routine.RoutineLoader;
import dev.knots.routine.RoutineNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code routines validate [PATH]...}: checks routine files and says what to fix. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check routine files: every problem as file:line:column: what - how to fix.",
      "Without PATH: the bundled routines and your own. Exit 65 if any file is invalid,",
      "66 if a PATH does not exist."
    })
final class RoutinesValidateCommand implements Callable<Integer> {
  /** Marks the end of the files found while walking a folder; compared by identity. */
  private static final Path END = Path.of("");

  private final AppContext context;
  private final RoutineLoader loader = new RoutineLoader();
  private int unreadableFolders;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Routine files, or folders of them (searched recursively).")
  List<Path> paths = new ArrayList<>();

  RoutinesValidateCommand(AppContext context) {
    this.context = context;
  }

  /** One file's outcome. */
  private record Checked(String shown, List<Problem> problems, boolean unreadable) {}

  @Override
  public Integer call() {
    PrintWriter out = context.console().out();
    PrintWriter err = context.console().err();
    List<Checked> results = new ArrayList<>();
    int missing = 0;
    if (paths.isEmpty()) {
      results.addAll(bundled());
      Path userDir = context.paths().routines();
      if (Files.isDirectory(userDir)) {
        results.addAll(checkFolder(userDir));
      }
    } else {
      for (Path given : paths) {
        Path path = context.console().workingDir().resolve(given);
        if (dev.knots.platform.PathLength.tooLong(path)) {
          err.println("knots: " + given + ": " + dev.knots.platform.PathLength.TOO_LONG);
          missing++;
        } else if (!Files.exists(path)) {
          err.println("knots: " + given + ": no such file or folder");
          missing++;
        } else if (Files.isDirectory(path)) {
          results.addAll(checkFolder(path));
        } else {
          results.add(check(path));
        }
      }
    }
    int invalid = 0;
    for (Checked c : results) {
      if (!c.problems().isEmpty()) {
        invalid++;
        c.problems().forEach(out::println);
      }
    }
    int total = results.size();
    if (total == 0 && missing > 0) {
      return ExitCode.NO_INPUT;
    }
    if (invalid == 0) {
      out.println(total + (total == 1 ? " routine valid" : " routines valid"));
    } else {
      out.println(invalid + " of " + total + " invalid");
    }
    if (missing > 0 || unreadableFolders > 0 || results.stream().anyMatch(Checked::unreadable)) {
      return ExitCode.NO_INPUT;
    }
    return invalid > 0 ? ExitCode.INVALID_DATA : ExitCode.OK;
  }

  private List<Checked> bundled() {
    List<Checked> results = new ArrayList<>();
    for (String file : BundledRoutines.fileNames()) {
      String name = RoutineNames.idOf(Path.of(file));
      String shown = "bundled:" + file;
      try {
        loader.parse(shown, BundledRoutines.content(name).orElseThrow(), name);
        results.add(new Checked(shown, List.of(), false));
      } catch (RoutineException e) {
        results.add(new Checked(shown, e.problems(), false));
      }
    }
    return results;
  }

  /**
   * Checks the routine files under a folder, in path order; none if it cannot be read. Files are
   * independent, so they are checked on the common pool's threads as the walk finds them, and this
   * thread joins in when the walk is done: the walk no longer holds the checks up.
   */
  private List<Checked> checkFolder(Path dir) {
    BlockingQueue<Path> found = new LinkedBlockingQueue<>();
    Map<Path, Checked> checked = new ConcurrentHashMap<>();
    int helpers = ForkJoinPool.getCommonPoolParallelism();
    List<ForkJoinTask<?>> running = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      running.add(ForkJoinPool.commonPool().submit(() -> checkUntilEnd(found, checked)));
    }
    List<Path> files;
    try {
      files = filesUnder(dir, found::add);
    } finally {
      for (int i = 0; i <= helpers; i++) {
        found.add(END);
      }
    }
    checkUntilEnd(found, checked);
    running.forEach(ForkJoinTask::join);
    if (files == null) {
      return List.of();
    }
    List<Checked> results = new ArrayList<>(files.size());
    for (Path file : files) {
      Checked c = checked.get(file);
      results.add(c != null ? c : check(file));
    }
    return results;
  }

  private void checkUntilEnd(BlockingQueue<Path> found, Map<Path, Checked> checked) {
    try {
      for (Path file = found.take(); file != END; file = found.take()) {
        checked.put(file, check(file));
      }
    } catch (InterruptedException e) {
      // what is left unchecked is checked by checkFolder
      Thread.currentThread().interrupt();
    }
  }

  private Checked check(Path file) {
    String shown = relativeToWorkingDir(file).toString();
    try {
      loader.load(file, shown);
      return new Checked(shown, List.of(), false);
    } catch (RoutineException e) {
      return new Checked(shown, e.problems(), e.unreadable());
    }
  }

  private Path relativeToWorkingDir(Path file) {
    Path wd = context.console().workingDir();
    return file.startsWith(wd) ? wd.relativize(file) : file;
  }

  /**
   * Routine files under a folder, in path order (hidden ones skipped), each also handed to {@code
   * found} as soon as it is found; null if the folder cannot be read.
   */
  private List<Path> filesUnder(Path dir, Consumer<Path> found) {
    List<Path> files = new ArrayList<>();
    try {
      // a folder given as a link (say, routines kept with one's dotfiles) is walked where it
      // points; links inside it are still not followed. Files keep the name they were given by.
      Path root = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
      // walkFileTree hands over the attributes it read: one stat a file, not a second one for
      // Files.isRegularFile, and no relative path built per file to find hidden folders
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            private int hiddenFolders;

            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
              if (isHiddenFolder(folder)) {
                hiddenFolders++;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e)
                throws IOException {
              if (e != null) {
                throw e;
              }
              if (isHiddenFolder(folder)) {
                hiddenFolders--;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // links are not followed into folders, but a link to a file counts as that file
              if (hiddenFolders == 0
                  && RoutineNames.isRoutineFile(file)
                  && (attrs.isRegularFile()
                      || (attrs.isSymbolicLink() && Files.isRegularFile(file)))) {
                Path given = root == dir ? file : dir.resolve(root.relativize(file));
                files.add(given);
                found.accept(given);
              }
              return FileVisitResult.CONTINUE;
            }

            private boolean isHiddenFolder(Path folder) {
              return !folder.equals(root) && folder.getFileName().toString().startsWith(".");
            }
          });
    } catch (IOException | UncheckedIOException e) {
      context.console().err().println("knots: " + dir + ": folder cannot be read");
      unreadableFolders++;
      return null;
    }
    files.sort(null);
    return files;
  }
}
