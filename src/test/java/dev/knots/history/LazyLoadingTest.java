package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's start-up never loads the SQLite driver: checked in a fresh JVM's class-load log.
 * (picocli itself loads a few java.sql types for its built-in converters; that is not the driver.)
 */
class LazyLoadingTest {
  @TempDir Path home;

  String classesLoadedBy(String... args) throws IOException, InterruptedException {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBin.toString(),
                "-Xlog:class+load=info",
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.knots.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("KNOTS_HOME", home.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  @Test
  void should_not_load_the_sqlite_driver_for_help() throws Exception {
    String log = classesLoadedBy("--help");
    assertThat(log).contains("dev.knots.cli.KnotsCli");
    assertThat(log).doesNotContain("org.sqlite");
    assertThat(home.resolve("state")).doesNotExist();
  }

  @Test
  void should_not_load_sqlite_for_a_history_command_help() throws Exception {
    String log = classesLoadedBy("history", "--help");
    assertThat(log).doesNotContain("org.sqlite");
  }

  @Test
  void should_load_sqlite_when_the_history_is_read() throws Exception {
    assertThat(classesLoadedBy("history")).contains("org.sqlite.jdbc4.JDBC4Connection");
  }

  @Test
  void should_load_the_native_library_from_the_cache_instead_of_unpacking_it_each_time()
      throws Exception {
    Files.createDirectories(home.resolve("tmp"));
    classesLoadedBy("history");
    classesLoadedBy("history");
    try (var cached = Files.walk(home.resolve("cache"));
        var temp = Files.list(home.resolve("tmp"))) {
      assertThat(cached.map(p -> p.getFileName().toString()))
          .contains(System.mapLibraryName("sqlitejdbc"));
      assertThat(temp.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("sqlitejdbc"));
    }
  }
}
