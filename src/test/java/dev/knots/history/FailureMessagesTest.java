package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each SQLite failure becomes one line saying what, where and what to do. */
class FailureMessagesTest {
  @ParameterizedTest(name = "SQLite code {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "26 | is damaged or not a database; move it aside",
        "11 | is damaged or not a database; move it aside",
        "8  | it or its folder is read-only; make them writable",
        "23 | it or its folder is read-only; make them writable",
        "14 | check that it and its folder are readable and writable",
        "13 | the disk is full",
        "5  | stayed locked by another knots for 5 s; try again",
        "10 | cannot read or write the history database",
        "1  | cannot use the history database"
      })
  void should_explain_the_failure_in_one_line(int code, String expected) {
    HistoryStore store = HistoryStore.open(Path.of("/somewhere/state"));
    HistoryException e = store.failure(new SQLException("[SQLITE] detail\nsecond line", "x", code));
    assertThat(e.getMessage())
        .contains(expected)
        .contains("/somewhere/state/history.db")
        .doesNotContain("\n");
  }
}
