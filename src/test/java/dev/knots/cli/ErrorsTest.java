package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorsTest {
  @TempDir Path home;

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    static RuntimeException toThrow;

    @Override
    public Integer call() {
      throw toThrow;
    }
  }

  private CliRun.Result runBoom(RuntimeException e, String... args) {
    Boom.toThrow = e;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            InputStream.nullInputStream(),
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("KNOTS_HOME", home.toString()),
            false,
            false,
            home);
    AppContext context = AppContext.of(console);
    CommandLine cl = KnotsCli.build(context);
    cl.addSubcommand("boom", new Boom());
    int code = cl.execute(args);
    console.err().flush();
    return new CliRun.Result(code, out.toString(), err.toString());
  }

  @Test
  void should_map_each_known_failure_to_its_exit_code_and_message() {
    assertThat(runBoom(KnotsException.usage("bad"), "boom").exitCode()).isEqualTo(2);
    assertThat(runBoom(KnotsException.invalidData("x.yaml:1:2: bad"), "boom").exitCode())
        .isEqualTo(65);
    assertThat(runBoom(KnotsException.noInput("no such file", null), "boom").exitCode())
        .isEqualTo(66);
    assertThat(runBoom(KnotsException.interrupted("stopped"), "boom").exitCode()).isEqualTo(130);
    assertThat(runBoom(KnotsException.environment("store broken", null), "boom").exitCode())
        .isEqualTo(1);
    assertThat(runBoom(KnotsException.usage("bad thing"), "boom").err())
        .isEqualTo("knots: bad thing\n");
  }

  @Test
  void should_print_one_line_for_a_bug_and_keep_the_details_private() throws Exception {
    CliRun.Result result = runBoom(new IllegalStateException("oops"), "boom");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("internal error").contains("oops").doesNotContain("\tat ");
    Path details = home.resolve("state/last-error.txt");
    assertThat(result.err()).contains(details.toString());
    assertThat(Files.readString(details)).contains("IllegalStateException").contains("\tat ");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(details)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(details.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void should_print_the_stack_trace_for_a_bug_with_verbose() {
    CliRun.Result result = runBoom(new IllegalStateException("oops"), "--verbose", "boom");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("\tat ");
  }

  @Test
  void should_map_unknown_throwables_to_1_and_known_ones_to_their_code() {
    assertThat(Errors.exitCodeOf(new RuntimeException())).isEqualTo(1);
    assertThat(Errors.exitCodeOf(KnotsException.usage("x"))).isEqualTo(2);
  }
}
