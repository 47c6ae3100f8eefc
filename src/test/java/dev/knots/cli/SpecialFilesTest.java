package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO among the routines is refused with a message, never opened (a hang before). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SpecialFilesTest {
  @TempDir Path home;

  @Test
  void should_refuse_a_fifo_in_the_routines_folder_without_opening_it() throws Exception {
    Path fifo = Files.createDirectories(home.resolve("config/routines")).resolve("pipe.yaml");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CliRun cli = new CliRun(home);

    CliRun.Result list = cli.run("routines", "list");
    CliRun.Result validate = cli.run("routines", "validate", fifo.toString());
    CliRun.Result session = cli.run("session", "--file", fifo.toString());

    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.err()).contains("pipe.yaml");
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(validate.out() + validate.err()).contains("FIFO");
    assertThat(session.exitCode()).as(session.toString()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(session.err()).contains("not a regular file");
  }
}
