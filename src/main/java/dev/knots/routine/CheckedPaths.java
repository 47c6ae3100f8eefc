package dev.knots.routine;

import dev.knots.platform.PathLength;
import dev.knots.routine.RoutineCheck.Checked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code routines validate} found: each file's outcome, and one line for each path that could
 * not be checked ({@code missing}: not there or too long; {@code unreadable}: a folder that cannot
 * be read), in the order met.
 */
public record CheckedPaths(
    List<Checked> results, List<String> failures, int missing, int unreadable) {
  public CheckedPaths {
    results = List.copyOf(results);
    failures = List.copyOf(failures);
  }

  /** The bundled routines, then the user's folder if it exists. */
  public static CheckedPaths bundledAndUser(RoutineCheck check, Path userDir) {
    Builder found = new Builder(check);
    found.results.addAll(check.bundled());
    if (Files.isDirectory(userDir)) {
      found.folder(userDir);
    }
    return found.build();
  }

  /** Files, and folders of them, each {@code given} path resolved against the working folder. */
  public static CheckedPaths given(RoutineCheck check, Path workingDir, List<Path> given) {
    Builder found = new Builder(check);
    for (Path each : given) {
      Path path = workingDir.resolve(each);
      if (PathLength.tooLong(path)) {
        found.failures.add(each + ": " + PathLength.TOO_LONG);
        found.missing++;
      } else if (!Files.exists(path)) {
        found.failures.add(each + ": no such file or folder");
        found.missing++;
      } else if (Files.isDirectory(path)) {
        found.folder(path);
      } else {
        found.results.add(check.file(path));
      }
    }
    return found.build();
  }

  /** The outcome's exit: no input when a path was missing or a file or folder could not be read. */
  public boolean anyUnreadable() {
    return missing > 0 || unreadable > 0 || results.stream().anyMatch(Checked::unreadable);
  }

  private static final class Builder {
    private final RoutineCheck check;
    private final List<Checked> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int missing;
    private int unreadable;

    Builder(RoutineCheck check) {
      this.check = check;
    }

    void folder(Path dir) {
      Optional<List<Checked>> found = check.folder(dir);
      if (found.isEmpty()) {
        failures.add(dir + ": folder cannot be read");
        unreadable++;
      } else {
        results.addAll(found.get());
      }
    }

    CheckedPaths build() {
      return new CheckedPaths(results, failures, missing, unreadable);
    }
  }
}
