package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A too-long name or path is told that, not a rule it keeps. */
class WrongReasonsTest {
  private static final String LONG_NAME = "a".repeat(70);
  private static final String ROUTINE =
      "name: R\narea: calves\nsteps:\n  - {name: S, kind: stretch, duration: 5s}\n";

  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  @Test
  void should_say_a_routine_name_is_too_long_not_that_it_must_be_lower_case_words() {
    for (String[] args :
        new String[][] {
          {"routines", "show", LONG_NAME},
          {"session", "--routine", LONG_NAME, "--dry-run"},
          {"routines", "new", LONG_NAME, "--area", "calves"}
        }) {
      CliRun.Result r = cli().run(args);

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err())
          .as(String.join(" ", args))
          .contains("a routine NAME is at most 64 characters")
          .doesNotContain("lower-case");
    }
  }

  @Test
  void should_still_say_lower_case_words_for_a_short_bad_name() {
    CliRun.Result r = cli().run("routines", "show", "Bad_Name");

    assertThat(r.err()).contains("a routine NAME is lower-case words and dashes, not 'Bad_Name'");
  }

  @Test
  void should_say_a_routine_file_name_is_too_long() throws Exception {
    Path file = Files.writeString(home.resolve(LONG_NAME + ".yaml"), ROUTINE);

    CliRun.Result r = cli().run("routines", "validate", file.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(r.out() + r.err())
        .contains("the file name is 70 characters before .yaml; a routine name is at most 64")
        .doesNotContain("lower-case");
  }

  @Test
  void should_say_a_path_is_too_long_not_to_check_its_permissions() {
    String tooLong = home.resolve("b".repeat(300) + ".yaml").toString();
    String deep = home + "/" + "bbbbbbbbbb/".repeat(400) + "x.yaml";
    for (String[] args :
        new String[][] {
          {"session", "--file", tooLong, "--dry-run"},
          {"session", "--file", deep, "--dry-run"},
          {"routines", "validate", tooLong}
        }) {
      CliRun.Result r = cli().run(args);

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.NO_INPUT);
      assertThat(r.err())
          .as(args[0] + " " + args[1])
          .contains("the path is too long (at most 255 bytes a name, 4,096 in all)")
          .doesNotContain("permissions", "no such file", "FileSystemException");
    }
  }
}
