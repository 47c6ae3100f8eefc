package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.history.FixedHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code history}, {@code progress} and {@code report} print for {@link FixedHistory} at its
 * fixed moment, in Berlin, as the golden files say. {@code -Dknots.golden.update=true} rewrites
 * them (then read the diff: it is what people and their clinicians will read).
 */
class HistoryGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/knots/cli/golden");

  /** The export's files, shared with the renderers' own golden test. */
  private static final Path EXPORT = Path.of("src/test/resources/dev/knots/history/export");

  private static Path home;

  @BeforeAll
  static void writeTheFixedHistory(@org.junit.jupiter.api.io.TempDir Path dir) {
    home = dir;
    FixedHistory.writeTo(home.resolve("state"));
  }

  @ParameterizedTest(name = "knots {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "export/table.txt       | history",
        "export/table-neck.txt  | history --area neck",
        "export/history.csv     | history --format csv",
        "export/history.json    | history --format json",
        "history-since.txt      | history --since 2026-11-16",
        "history-none.txt       | history --area feet --since 2w",
        "progress.txt           | progress",
        "progress-plain.txt     | progress --plain",
        "progress-neck.txt      | progress --area neck",
        "report.md              | report",
        "report-neck.md         | report --area neck",
        "report-since.md        | report --since 3w",
      })
  void should_print_what_the_golden_file_says(String file, String command) throws Exception {
    CliRun.Result r =
        new CliRun(home)
            .clock(FixedHistory.CLOCK)
            .env("LANG", "en_GB.UTF-8")
            .env("TERM", "xterm")
            .run(command.split(" "));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    Path golden =
        file.startsWith("export/")
            ? EXPORT.resolve(file.substring("export/".length()))
            : GOLDEN.resolve(file);
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
