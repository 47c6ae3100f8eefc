package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.knots.platform.CheckedOutput;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that cannot be written is one line and exit 74; --output never replaces a device. */
class OutputNeverLostTest {
  @TempDir Path home;

  /** A stdout that fails like a full disk, or like a reader that went away. */
  private CliRun.Result runFailing(String why, String... args) {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException(why);
          }
        };
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            InputStream.nullInputStream(),
            CheckedOutput.over(failing),
            new PrintWriter(err, true),
            Map.of("KNOTS_HOME", home.toString()),
            false,
            false,
            home);
    int code = KnotsCli.run(args, console);
    return new CliRun.Result(code, "", err.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"history --format csv", "report", "routines schema", "routines list", "areas"})
  void should_end_with_74_and_one_line_when_stdout_is_full(String command) {
    CliRun.Result r = runFailing("No space left on device", command.split(" "));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(r.err())
        .isEqualTo(
            "knots: cannot write the output: no space left on device - nothing or only part of"
                + " it was written\n");
  }

  @Test
  void should_stay_quiet_when_the_reader_went_away() {
    CliRun.Result r = runFailing("Broken pipe", "routines", "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void should_end_with_74_on_dev_full_in_a_real_process() throws Exception {
    File full = new File("/dev/full");
    assumeThat(full.exists()).as("/dev/full exists (Linux)").isTrue();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.knots.Main"));
    command.addAll(List.of("routines", "schema"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(full);
    builder.environment().put("KNOTS_HOME", home.toString());
    Process p = builder.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.IO_ERROR);
    assertThat(err).contains("knots: cannot write the output: no space left on device");
  }

  private CliRun.Result report(String output) {
    CliRun cli = new CliRun(home);
    cli.run("triage", "--area", "calves", "--answer", "chest-pain=yes");
    return cli.run("report", "--output", output);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", ".", "..", ""})
  void should_refuse_a_folder_or_nothing_as_the_report_file(String output) {
    CliRun.Result r = report(output);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("knots: --output ").doesNotContain("Exception");
  }

  @Test
  void should_print_the_report_for_a_dash() {
    CliRun.Result r = report("-");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("# knots report");
    assertThat(home.resolve("-")).doesNotExist();
  }

  @Test
  void should_write_into_dev_null_and_leave_it_a_device() throws Exception {
    CliRun.Result r = report("/dev/null");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    assertThat(Files.isReadable(Path.of("/dev/null"))).isTrue();
  }

  @Test
  void should_write_into_a_fifo_and_leave_it_a_fifo() throws Exception {
    Path fifo = home.resolve("pipe");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Process reader = new ProcessBuilder("cat", fifo.toString()).start();

    CliRun.Result r = report(fifo.toString());
    String read = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(read).startsWith("# knots report");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void should_still_write_a_regular_file_private_by_moving_it_in_place() throws Exception {
    CliRun.Result r = report("report.md");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("report.md"))))
        .isEqualTo("rw-------");
  }
}
