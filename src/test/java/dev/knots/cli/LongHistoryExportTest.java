package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.knots.history.BigHistory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history of 200,000 sessions exports in every format from a JVM with a 32 MB heap: the rows
 * stream from the database to stdout. (Read whole, JSON ran out of a default heap at 30k.)
 */
class LongHistoryExportTest {
  static final int SESSIONS = 200_000;
  static final int CHECKS = 2_000;
  static final int ROWS = SESSIONS + CHECKS;

  @TempDir static Path home;

  @BeforeAll
  static void writeALongHistory() throws Exception {
    BigHistory.writeTo(home.resolve("state"), SESSIONS, CHECKS);
  }

  /** Runs knots in a small heap; {@code read} counts what it printed while it prints. */
  private static long export(String format, Counter read) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx32m", "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of("dev.knots.Main", "history", "--format", format));
    Path err = home.resolve("err-" + format + ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
    builder.environment().put("KNOTS_HOME", home.toString());
    Process p = builder.start();
    long count;
    try (InputStream out = p.getInputStream()) {
      count = read.count(out);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    // (the test class path has SLF4J, which says on stderr that it has no logger)
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(err)).doesNotContain("knots:", "Error", "Exception");
    return count;
  }

  /** Counts the records in what knots prints, reading it to its end. */
  private interface Counter {
    long count(InputStream out) throws IOException;
  }

  @Test
  void should_export_valid_json_of_every_row() throws Exception {
    long objects =
        export(
            "json",
            out -> {
              try (JsonParser json = new JsonFactory().createParser(out)) {
                assertThat(json.nextToken()).isEqualTo(JsonToken.START_ARRAY);
                long n = 0;
                while (json.nextToken() == JsonToken.START_OBJECT) {
                  json.skipChildren();
                  n++;
                }
                assertThat(json.currentToken()).isEqualTo(JsonToken.END_ARRAY);
                assertThat(json.nextToken()).isNull();
                return n;
              }
            });
    assertThat(objects).isEqualTo(ROWS);
  }

  @Test
  void should_export_a_csv_line_per_row() throws Exception {
    assertThat(export("csv", LongHistoryExportTest::records)).isEqualTo(ROWS + 1);
  }

  @Test
  void should_list_a_table_line_per_row() throws Exception {
    assertThat(export("table", LongHistoryExportTest::lines)).isEqualTo(ROWS + 1);
  }

  /** CSV records: CRLF ends a record; a line break inside quotes is a bare LF. */
  private static long records(InputStream out) throws IOException {
    long n = 0;
    int previous = -1;
    byte[] buffer = new byte[1 << 16];
    for (int read; (read = out.read(buffer)) >= 0; ) {
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n' && previous == '\r') {
          n++;
        }
        previous = buffer[i];
      }
    }
    return n;
  }

  private static long lines(InputStream out) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
    long n = 0;
    while (reader.readLine() != null) {
      n++;
    }
    return n;
  }
}
