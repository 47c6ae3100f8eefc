package dev.knots.history;

import dev.knots.body.Area;
import dev.knots.history.HistoryStore.Counts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts and deletes records for {@code knots history --forget}, leaving nothing in the file. */
final class Forgetting {
  private final Database db;

  Forgetting(Database db) {
    this.db = db;
  }

  /** How many records a {@link #forget} of this area (null: all) would delete. */
  Counts count(Area area) {
    return new Counts(countRows("sessions", area), countRows("triages", area));
  }

  /**
   * Deletes the records of an area (null: everything) and overwrites the freed pages, so the
   * deleted health data is gone from the file and its write-ahead log too.
   */
  Counts forget(Area area) {
    String where = area == null ? "" : " WHERE area = ?";
    Counts deleted =
        db.inTransaction(
            c -> {
              delete(
                  "DELETE FROM triage_answers WHERE triage_id IN (SELECT id FROM triages"
                      + where
                      + ")",
                  area);
              delete(
                  "DELETE FROM session_answers WHERE session_id IN (SELECT id FROM sessions"
                      + where
                      + ")",
                  area);
              int triages = delete("DELETE FROM triages" + where, area);
              int sessions = delete("DELETE FROM sessions" + where, area);
              return new Counts(sessions, triages);
            });
    try (Statement st = db.connection().createStatement()) {
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      throw db.failure(e);
    }
    return deleted;
  }

  private int delete(String sql, Area area) throws SQLException {
    try (PreparedStatement st = db.prepare(sql, area)) {
      return st.executeUpdate();
    }
  }

  private int countRows(String table, Area area) {
    String sql = "SELECT COUNT(*) FROM " + table + (area == null ? "" : " WHERE area = ?");
    try (PreparedStatement st = db.prepare(sql, area);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw db.failure(e);
    }
  }
}
