package dev.knots.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.history.FixedHistory;
import dev.knots.history.HistoryRow;
import dev.knots.history.HistoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports of {@link FixedHistory} as the golden files say; the files were first written by the
 * export before it streamed, so they also pin that nothing changed. {@code
 * -Dknots.golden.update=true} rewrites them (then read the diff).
 */
class HistoryExportGoldenTest {
  static final Path FOLDER = Path.of("src/test/resources/dev/knots/history/export");

  @TempDir static Path state;

  static List<HistoryRow> all;
  static List<HistoryRow> neck;

  @BeforeAll
  static void readTheFixedHistory() {
    FixedHistory.writeTo(state);
    all = rows(null);
    neck = rows(Area.NECK);
  }

  static List<HistoryRow> rows(Area area) {
    List<HistoryRow> rows = new ArrayList<>();
    try (HistoryStore store = HistoryStore.open(state)) {
      store.eachRow(area, null, rows::add);
    }
    return rows;
  }

  /** The golden file's text, written first when it does not exist or an update is asked for. */
  static void assertGolden(String name, String actual) throws Exception {
    Path golden = FOLDER.resolve(name);
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(FOLDER);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void should_write_the_table_in_local_time() throws Exception {
    assertGolden("table.txt", table(null, null).render(all));
  }

  @Test
  void should_write_the_table_of_one_area() throws Exception {
    assertGolden("table-neck.txt", table(Area.NECK, null).render(neck));
  }

  @Test
  void should_write_csv() throws Exception {
    assertGolden("history.csv", new HistoryCsv().render(all));
  }

  @Test
  void should_write_json() throws Exception {
    assertGolden("history.json", new HistoryJson("\n").render(all));
  }

  @Test
  void should_say_so_when_there_is_nothing() {
    assertThat(table(null, null).render(List.of()))
        .isEqualTo("No records yet. They appear here after 'knots session' or 'knots triage'.\n");
    assertThat(table(Area.CALVES, "2w").render(List.of()))
        .startsWith("No records for calves since 2w yet.");
    assertThat(new HistoryCsv().render(List.of()))
        .isEqualTo(String.join(",", HistoryRow.FIELDS) + "\r\n");
    assertThat(new HistoryJson("\n").render(List.of())).isEqualTo("[]\n");
  }

  @Test
  void should_use_the_line_end_it_is_given() {
    assertThat(new HistoryJson("\r\n").render(all.subList(0, 1)))
        .startsWith("[ {\r\n  \"kind\" : \"session\",\r\n")
        .endsWith("\r\n} ]\r\n");
    String table = new HistoryTable(FixedHistory.ZONE, "\r\n", null, null).render(all);
    assertThat(table).endsWith("\r\n");
    assertThat(table.replace("\r\n", "")).doesNotContain("\n");
  }

  private static HistoryTable table(Area area, String since) {
    return new HistoryTable(FixedHistory.ZONE, "\n", area, since);
  }
}
