package dev.knots.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The launcher's class-data training run: starts every command once, in-process, against a
 * throw-away home, so the archive holds what real runs load. Not a user command.
 */
public final class Training {
  /**
   * Every command's start as `knots --help` lists it (and each routines subcommand), in the order a
   * user meets them. Nothing here waits on input or counts down: stdin is empty, so the quizzes of
   * triage and session stop at their first question, as a piped run does.
   */
  static final List<List<String>> RUNS =
      List.of(
          List.of(),
          List.of("--help"),
          List.of("--version"),
          List.of("--version", "--verbose"),
          List.of("session", "--help"),
          List.of("session", "--area", "calves", "--plain", "--no-sound"),
          List.of("triage", "--area", "calves"),
          List.of("triage", "--list", "--area", "calves", "--format", "json"),
          List.of("triage", "--area", "calves", "--answer", "none", "--answer", "pain=2"),
          List.of("areas"),
          List.of("areas", "--format", "json"),
          List.of("routines"),
          List.of("routines", "list"),
          List.of("routines", "list", "--format", "json"),
          List.of("routines", "new", "training-probe", "--area", "calves"),
          List.of("routines", "show", "lower-back-release"),
          List.of("routines", "show", "training-probe"),
          List.of("routines", "validate"),
          List.of("routines", "schema"),
          List.of("routines", "edit", "--help"),
          List.of("history"),
          List.of("history", "--format", "json"),
          List.of("progress"),
          List.of("report"),
          List.of("man"),
          List.of("man", "session"),
          List.of("completion", "bash"),
          List.of("completion", "zsh"),
          List.of("no-such-command"),
          List.of("areas", "--no-such-option"));

  private Training() {}

  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("knots-training");
    try {
      for (List<String> run : RUNS) {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        Console console =
            new Console(
                InputStream.nullInputStream(),
                sink,
                sink,
                Map.of("KNOTS_HOME", home.toString(), "NO_COLOR", "1"),
                false,
                false,
                home);
        KnotsCli.run(run.toArray(String[]::new), console);
      }
    } finally {
      try (var paths = Files.walk(home)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
