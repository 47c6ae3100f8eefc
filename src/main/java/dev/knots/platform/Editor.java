package dev.knots.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Starts the user's editor as a process with an argument list: {@code $VISUAL} or {@code $EDITOR}
 * split on whitespace, never run through a shell (a file name can't inject a command).
 */
public final class Editor {
  private Editor() {}

  /**
   * The editor command from the environment ({@code variables} gives a variable's value or null),
   * or empty when neither variable is set.
   */
  public static Optional<List<String>> fromEnvironment(UnaryOperator<String> variables) {
    for (String name : List.of("VISUAL", "EDITOR")) {
      String value = variables.apply(name);
      if (value != null && !value.isBlank()) {
        // a path to an editor with spaces in it (/Applications/My Editor/bin/edit) is one word
        if (executable(value.strip())) {
          return Optional.of(List.of(value.strip()));
        }
        return Optional.of(Arrays.asList(value.strip().split("\\s+")));
      }
    }
    return Optional.empty();
  }

  private static boolean executable(String value) {
    try {
      Path path = Path.of(value);
      return value.indexOf(' ') >= 0
          && path.isAbsolute()
          && Files.isRegularFile(path)
          && Files.isExecutable(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Runs the editor on {@code file} in the terminal and waits; returns its exit code. */
  public static int open(List<String> editor, Path file, Path workingDir)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(editor);
    command.add(file.toString());
    return new ProcessBuilder(command).directory(workingDir.toFile()).inheritIO().start().waitFor();
  }

  /** What to tell the person when {@link #open} could not start the editor. */
  public static String cannotStart(List<String> editor, IOException e) {
    return "cannot start the editor '"
        + String.join(" ", editor)
        + "' - check VISUAL or EDITOR ("
        + e.getMessage()
        + ")";
  }
}
