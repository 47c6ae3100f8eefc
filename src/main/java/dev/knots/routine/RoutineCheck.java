package dev.knots.routine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Checks routine files - the bundled ones, one file, or every routine file under a folder - and
 * gives each file's problems, named as the person gave the path (relative to the working folder).
 */
public final class RoutineCheck {
  /** Marks the end of the files found while walking a folder; compared by identity. */
  private static final Path END = Path.of("");

  /** One file's outcome: its problems (none when valid), and whether it could not be read. */
  public record Checked(String shown, List<Problem> problems, boolean unreadable) {
    public Checked {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * What {@code routines validate} prints: each invalid file's problems, then how many are valid.
   */
  public static List<String> report(List<Checked> results) {
    List<String> lines = new ArrayList<>();
    int invalid = 0;
    for (Checked c : results) {
      if (!c.valid()) {
        invalid++;
        c.problems().forEach(p -> lines.add(p.toString()));
      }
    }
    int total = results.size();
    lines.add(
        invalid == 0
            ? total + (total == 1 ? " routine valid" : " routines valid")
            : invalid + " of " + total + " invalid");
    return lines;
  }

  private final RoutineLoader loader = new RoutineLoader();
  private final Path workingDir;

  public RoutineCheck(Path workingDir) {
    this.workingDir = workingDir;
  }

  /** Every bundled routine, named {@code bundled:FILE}. */
  public List<Checked> bundled() {
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
   * The routine files under a folder, in path order; empty if it cannot be read. Files are
   * independent, so they are checked on the common pool's threads as the walk finds them, and this
   * thread joins in when the walk is done: the walk no longer holds the checks up.
   */
  public Optional<List<Checked>> folder(Path dir) {
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
      return Optional.empty();
    }
    List<Checked> results = new ArrayList<>(files.size());
    for (Path file : files) {
      Checked c = checked.get(file);
      results.add(c != null ? c : file(file));
    }
    return Optional.of(results);
  }

  /** One routine file. */
  public Checked file(Path file) {
    String shown = relativeToWorkingDir(file).toString();
    try {
      loader.load(file, shown);
      return new Checked(shown, List.of(), false);
    } catch (RoutineException e) {
      return new Checked(shown, e.problems(), e.unreadable());
    }
  }

  private void checkUntilEnd(BlockingQueue<Path> found, Map<Path, Checked> checked) {
    try {
      for (Path file = found.take(); file != END; file = found.take()) {
        checked.put(file, file(file));
      }
    } catch (InterruptedException e) {
      // what is left unchecked is checked by folder()
      Thread.currentThread().interrupt();
    }
  }

  private Path relativeToWorkingDir(Path file) {
    return file.startsWith(workingDir) ? workingDir.relativize(file) : file;
  }

  /**
   * Routine files under a folder, in path order (hidden ones skipped), each also handed to {@code
   * found} as soon as it is found; null if the folder cannot be read.
   */
  private static List<Path> filesUnder(Path dir, Consumer<Path> found) {
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
      return null;
    }
    files.sort(null);
    return files;
  }
}
