package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The start-up tricks of the quiz path, checked from outside: a real JVM runs {@code triage} and
 * {@code session --dry-run} with every class load logged, in the order the classes were loaded.
 *
 * <ul>
 *   <li>No picocli annotation processing (see {@link CodedCommand}): no annotation type of picocli
 *       is loaded, and no proxy class for an annotation.
 *   <li>No lambda before SQLite's warm-up starts (see {@link KnotsCli#run(String[], AppContext)}):
 *       the main thread loads {@code ThreadPoolExecutor$Worker} in the {@code execute} that starts
 *       the background thread, and nothing else runs code of knots before it, so no {@code
 *       $$Lambda} class may be loaded before that line.
 * </ul>
 */
class StartUpInvariantsTest {
  private static final String WARM_UP_STARTS = "java.util.concurrent.ThreadPoolExecutor$Worker ";

  @TempDir Path home;

  static Stream<List<String>> quizPaths() {
    return Stream.of(
        List.of("triage", "--area", "calves", "--answer", "none", "--answer", "pain=3"),
        List.of(
            "session", "--area", "calves", "--answer", "none", "--answer", "pain=3", "--dry-run"));
  }

  @ParameterizedTest
  @MethodSource("quizPaths")
  void should_process_no_picocli_annotation_on_the_quiz_path(List<String> args) throws Exception {
    List<String> loaded = classesLoadedBy(args);

    assertThat(loaded).filteredOn(c -> c.startsWith("picocli.")).isNotEmpty();
    // reading an annotation loads its type, and makes a proxy class for it (see CodedCommand);
    // CommandReflection itself is loaded for its static helpers, so it cannot tell
    assertThat(loaded)
        .noneMatch(
            c -> c.matches("picocli\\.CommandLine\\$(Command|Option|Parameters|Mixin|Spec) .*"))
        .noneMatch(c -> c.contains("$Proxy"));
  }

  @ParameterizedTest
  @MethodSource("quizPaths")
  void should_link_no_lambda_before_the_sqlite_warm_up_starts(List<String> args) throws Exception {
    List<String> loaded = classesLoadedBy(args);
    int warmUp = indexOf(loaded, WARM_UP_STARTS);

    assertThat(warmUp).as("the warm-up thread started").isPositive();
    List<String> before = loaded.subList(0, warmUp);
    // the marker is the warm-up's own start: its thread factory and its task came just before
    assertThat(before)
        .anyMatch(c -> c.startsWith("dev.knots.cli.AppContext$DaemonThread "))
        .anyMatch(c -> c.startsWith("dev.knots.history.HistoryStore "));
    assertThat(before).noneMatch(c -> c.contains("$$Lambda"));
    assertThat(loaded.subList(warmUp, loaded.size())).anyMatch(c -> c.contains("$$Lambda"));
  }

  private static int indexOf(List<String> loaded, String prefix) {
    for (int i = 0; i < loaded.size(); i++) {
      if (loaded.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  /** The classes a real run loads, in order: "name source: ..." per class. */
  private List<String> classesLoadedBy(List<String> args) throws IOException, InterruptedException {
    Path log = home.resolve("class-load.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-Xlog:class+load=info:file=" + log);
    command.add("-Duser.home=" + home);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.knots.Main");
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("output.txt").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("KNOTS"));
    env.put("HOME", home.toString());
    Process child = builder.start();
    child.getOutputStream().close();
    try {
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue())
        .as(Files.readString(home.resolve("output.txt"), StandardCharsets.UTF_8))
        .isZero();
    List<String> loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        loaded.add(line.substring(at + "[class,load] ".length()));
      }
    }
    return loaded;
  }
}
