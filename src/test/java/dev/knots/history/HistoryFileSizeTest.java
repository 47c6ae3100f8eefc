package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The store stays split by job, so each part can be read and changed on its own: no source file of
 * the history over 300 lines.
 */
class HistoryFileSizeTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/knots/history");
  private static final int MAX_LINES = 300;

  @Test
  void should_keep_every_history_source_file_within_300_lines() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.list(SOURCES)) {
      tooLong =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f) > MAX_LINES)
              .map(f -> f.getFileName() + " (" + lines(f) + " lines)")
              .toList();
    }
    assertThat(tooLong).isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
