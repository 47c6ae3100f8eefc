package dev.knots.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Commands only parse, delegate and print; rules and rendering live in their features. So {@code
 * cli} stays under 20% of the main code, and no command is over 150 lines.
 */
class CliSizeTest {
  private static final Path MAIN = Path.of("src/main/java/dev/knots");

  private static final double MAX_SHARE = 0.20;

  private static final int MAX_COMMAND_LINES = 150;

  @Test
  void should_keep_cli_under_a_fifth_of_the_main_code() {
    double share = (double) lines(files(MAIN.resolve("cli"))) / lines(files(MAIN));

    assertThat(share).isLessThanOrEqualTo(MAX_SHARE);
  }

  @Test
  void should_keep_every_command_within_150_lines() {
    List<Path> commands =
        files(MAIN.resolve("cli")).stream()
            .filter(f -> f.getFileName().toString().endsWith("Command.java"))
            .toList();

    assertThat(commands).isNotEmpty();
    for (Path command : commands) {
      assertThat(lines(List.of(command)))
          .as(command.getFileName().toString())
          .isLessThanOrEqualTo(MAX_COMMAND_LINES);
    }
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(f -> f.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lines(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try (Stream<String> lines = Files.lines(file)) {
        total += lines.count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
