package dev.knots.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.history.FixedHistory;
import dev.knots.history.HistoryRow;
import dev.knots.history.HistoryStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an export row by row gives the text its format renders from the whole list. */
class HistoryExportTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir static Path state;

  static List<HistoryRow> all;

  @BeforeAll
  static void readTheFixedHistory() {
    FixedHistory.writeTo(state);
    all = new ArrayList<>();
    try (HistoryStore store = HistoryStore.open(state)) {
      store.eachRow(null, null, all::add);
    }
  }

  private static String streamed(HistoryFormat format, List<HistoryRow> rows) {
    StringWriter text = new StringWriter();
    HistoryExport export = new HistoryExport(format, new PrintWriter(text));
    export.start();
    rows.forEach(export);
    export.end();
    return text.toString();
  }

  @Test
  void should_write_what_the_format_renders_when_rows_are_streamed() {
    for (ExportFormat name : ExportFormat.values()) {
      HistoryFormat format = name.rendering(ZONE, "\n", null, null);

      assertThat(streamed(format, all)).as(name.name()).isEqualTo(format.render(all));
    }
  }

  @Test
  void should_write_the_empty_export_when_there_are_no_rows() {
    for (ExportFormat name : ExportFormat.values()) {
      HistoryFormat format = name.rendering(ZONE, "\n", Area.NECK, "2w");

      assertThat(streamed(format, List.of())).as(name.name()).isEqualTo(format.render(List.of()));
    }
  }

  @Test
  void should_name_each_format_as_it_is_typed() {
    assertThat(ExportFormat.table.rendering(ZONE, "\n", Area.NECK, "2w"))
        .isEqualTo(new HistoryTable(ZONE, "\n", Area.NECK, "2w"));
    assertThat(ExportFormat.json.rendering(ZONE, "\r\n", null, null))
        .isEqualTo(new HistoryJson("\r\n"));
    assertThat(ExportFormat.csv.rendering(ZONE, "\n", null, null)).isInstanceOf(HistoryCsv.class);
  }

  @Test
  void should_keep_stored_text_from_breaking_the_table_or_driving_the_terminal() {
    HistoryRow row = all.get(0);
    HistoryRow odd =
        new HistoryRow(
            row.kind(),
            row.id(),
            row.at(),
            row.area(),
            "a\u001B[2J\nb\tc",
            row.origin(),
            "SO\nON",
            row.fired(),
            row.precautions(),
            row.answers(),
            row.painBefore(),
            row.painAfter(),
            row.stepsDone(),
            row.stepsSkipped(),
            row.seconds(),
            row.ending(),
            row.feltWarningSigns(),
            row.stopReason(),
            row.endedAt());

    String table = new HistoryTable(ZONE, "\n", null, null).row(odd, false);

    assertThat(table).endsWith("\n").doesNotContain("\u001B", "\t");
    assertThat(table.lines()).hasSize(1);
    assertThat(table).contains("a\uFFFD[2J b c", "SO ON");
  }
}
