package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** A history far longer than anyone's, written in one transaction so that it takes a second. */
public final class BigHistory {
  /** The newest record's time; each one before it is a minute older. */
  public static final Instant NEWEST = Instant.parse("2026-11-20T10:00:00Z");

  private BigHistory() {}

  /** Writes {@code sessions} sessions and {@code checks} safety checks (two answers each). */
  public static void writeTo(Path stateDir, int sessions, int checks) throws SQLException {
    Path file;
    try (HistoryStore store = HistoryStore.open(stateDir)) {
      store.check(); // creates the file and its tables
      file = store.file();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO sessions (area, routine, origin, started_at, triage_level, fired,"
                  + " precautions, pain_before, ended_at, steps_done, steps_skipped, seconds,"
                  + " ending, pain_after, felt_warning_signs, stop_reason)"
                  + " VALUES (?,?,'bundled',?,'SELF_CARE','',?,?,?,6,1,600,?,?,0,?)")) {
        Area[] areas = Area.values();
        for (int i = 0; i < sessions; i++) {
          long at = NEWEST.toEpochMilli() - i * 60_000L;
          boolean stopped = i % 97 == 0;
          st.setString(1, areas[i % areas.length].id());
          st.setString(2, "routine-number-" + i);
          st.setLong(3, at);
          st.setString(4, i % 5 == 0 ? "blood-thinners" : "");
          st.setInt(5, i % 11);
          st.setLong(6, at + 600_000);
          st.setString(7, stopped ? "STOPPED" : "COMPLETED");
          st.setInt(8, i % 7);
          st.setString(9, stopped ? "sharp, \"sudden\"\npain" : null);
          st.addBatch();
        }
        st.executeBatch();
      }
      try (PreparedStatement triage =
              c.prepareStatement(
                  "INSERT INTO triages (id, area, at, level, fired) VALUES (?,?,?,'SOON',?)");
          PreparedStatement answer =
              c.prepareStatement(
                  "INSERT INTO triage_answers (triage_id, position, question, answer)"
                      + " VALUES (?,?,?,?)")) {
        for (int i = 1; i <= checks; i++) {
          triage.setInt(1, i);
          triage.setString(2, i % 2 == 0 ? null : "neck");
          // on a session's minute now and then: the session is listed first
          triage.setLong(3, NEWEST.toEpochMilli() - i * 97L * 60_000L);
          triage.setString(4, "night-pain");
          triage.addBatch();
          for (int position = 0; position < 2; position++) {
            answer.setInt(1, i);
            answer.setInt(2, position);
            answer.setString(3, position == 0 ? "night-pain" : "pain");
            answer.setString(4, position == 0 ? "yes" : Integer.toString(i % 11));
            answer.addBatch();
          }
        }
        triage.executeBatch();
        answer.executeBatch();
      }
      c.commit();
    }
  }
}
