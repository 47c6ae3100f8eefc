package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.terminal.SystemTerminal;
import dev.knots.terminal.TriageTerminal;
import dev.knots.triage.Answers;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageQuiz;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
          List.of("session", "--after", "running", "--plain", "--no-sound"),
          List.of("triage", "--area", "calves"),
          List.of("triage", "--list", "--area", "calves", "--format", "json"),
          List.of("triage", "--area", "calves", "--answer", "none", "--answer", "pain=2"),
          List.of("areas"),
          List.of("areas", "--format", "json"),
          List.of("activities"),
          List.of("routines"),
          List.of("routines", "list"),
          List.of("routines", "list", "--format", "json"),
          List.of("routines", "new", "training-probe", "--area", "calves"),
          List.of("routines", "show", "lower-back-release"),
          List.of("routines", "show", "training-probe"),
          List.of("routines", "validate"),
          List.of("routines", "schema"),
          List.of("routines", "figures", "roller-calves"),
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

  /**
   * A settings file and a routine with a folded text: the bundled routines take the quick YAML
   * reader, so without these the full parser (a user's multi-line cue, config.yaml) would be left
   * out of the archive.
   */
  private static void writeUserFiles(Path home) throws IOException {
    Path config = Files.createDirectories(home.resolve("config"));
    Files.writeString(config.resolve("config.yaml"), "# training\nsound: true\n");
    Files.writeString(
        Files.createDirectories(config.resolve("routines")).resolve("training-folded.yaml"),
        "name: Training folded\narea: calves\nsteps:\n  - name: Rest\n    kind: rest\n"
            + "    duration: 30s\n    cue: >\n      Breathe out\n      slowly.\n");
  }

  /** Classes the runs above cannot reach: the screens need a terminal, which training has not. */
  private static final List<String> LOADED_UNRUN = List.of("org/jline/", "dev/knots/");

  public static void main(String[] args) throws IOException {
    loadUnrun();
    Path home = Files.createTempDirectory("knots-training");
    try {
      writeUserFiles(home);
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
      rehearseScreens(home);
    } finally {
      try (var paths = Files.walk(home)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * What only a run in a terminal does: JLine's start and a quiz screen (over in-memory keys: one
   * "no", then the end of input), so the lambdas they link are archived too. Last, as the terminal
   * search may close the process's stdout.
   */
  private static void rehearseScreens(Path home) {
    SystemTerminal.rehearse("xterm-256color", home.resolve("cache"));
    try (TriageTerminal screen = TriageTerminal.overKeys("n", true)) {
      new TriageQuiz(new TriageEngine(CatalogueLoader.bundled(), "112"))
          .run(TriageContext.forArea(Area.CALVES), Answers.none(), screen.prompter(), false);
    } catch (RuntimeException e) {
      // the end of the keys ends the quiz: that is the rehearsal's end
    }
  }

  /**
   * Loads (without running) every class of the packages in {@link #LOADED_UNRUN}, so the archive
   * holds the terminal screens too: about 70 classes a session otherwise reads from the jar.
   */
  static int loadUnrun() throws IOException {
    CodeSource source = Training.class.getProtectionDomain().getCodeSource();
    Path file;
    try {
      file = source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return 0;
    }
    if (file == null || !Files.isRegularFile(file)) {
      return 0; // tests run from a folder of classes: there is no archive to fill
    }
    ClassLoader loader = Training.class.getClassLoader();
    int loaded = 0;
    try (JarFile jar = new JarFile(file.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class")
            && !name.contains("-")
            && LOADED_UNRUN.stream().anyMatch(name::startsWith)) {
          try {
            Class.forName(name.replace('/', '.').replace(".class", ""), false, loader);
            loaded++;
          } catch (ClassNotFoundException | LinkageError e) {
            // a class for another platform: not needed here
          }
        }
      }
    }
    return loaded;
  }
}
