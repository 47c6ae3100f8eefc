package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII paths under the C/POSIX locale (cron, env -i): the launcher gives the JVM C.UTF-8; a
 * JVM started without it says what to do in one line instead of a stack trace.
 */
class PathsUnderTheCLocaleTest {
  @TempDir Path home;

  private ProcessBuilder knots(Path knotsHome, String locale, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.knots.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("LC_ALL", locale);
    builder.environment().put("KNOTS_HOME", knotsHome.toString());
    return builder;
  }

  private static String run(ProcessBuilder builder, int exit) throws Exception {
    Process p = builder.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isEqualTo(exit);
    return out;
  }

  @Test
  void should_say_in_one_line_that_a_utf8_locale_is_needed_without_the_launcher() throws Exception {
    String out = run(knots(home.resolve("h\u00e9"), "C", "--version"), 1);

    assertThat(out).contains("knots: the path", "UTF-8 locale").doesNotContain("Exception");
  }

  @Test
  void should_use_a_non_ascii_home_under_c_utf8_as_the_launcher_sets() throws Exception {
    Path knotsHome = Files.createDirectories(home.resolve("h\u00e9"));

    String out =
        run(
            knots(knotsHome, "C.UTF-8", "triage", "--area", "calves", "--answer", "chest-pain=yes"),
            ExitCode.TRIAGE_ADVISED_CARE);

    assertThat(out).contains("EMERGENCY");
    assertThat(knotsHome.resolve("state/history.db")).exists();
  }
}
