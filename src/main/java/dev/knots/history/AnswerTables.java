package dev.knots.history;

import dev.knots.body.Area;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The triage answers kept beside a session or a triage run ({@code session_answers}, {@code
 * triage_answers}): one row per question, in the order asked.
 */
final class AnswerTables {
  private AnswerTables() {}

  static void insert(Connection c, String table, String owner, long id, Map<String, String> answers)
      throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + owner
                + ", position, question, answer)"
                + " VALUES (?,?,?,?)")) {
      int position = 0;
      for (Map.Entry<String, String> answer : answers.entrySet()) {
        st.setLong(1, id);
        st.setInt(2, position++);
        st.setString(3, answer.getKey());
        st.setString(4, answer.getValue());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** The answers of the owners (sessions or triages) matching the filter, in the order asked. */
  static Map<Long, Map<String, String>> read(
      Database db,
      String table,
      String ownerColumn,
      String owners,
      String time,
      Area area,
      Instant since) {
    StringBuilder sql =
        new StringBuilder("SELECT a." + ownerColumn + ", a.question, a.answer FROM " + table)
            .append(" a JOIN " + owners + " o ON o.id = a." + ownerColumn + " WHERE 1 = 1");
    List<Object> args = Columns.filter(sql, "o.area", "o." + time, area, since);
    sql.append(" ORDER BY a." + ownerColumn + ", a.position");
    Map<Long, Map<String, String>> out = new LinkedHashMap<>();
    try (PreparedStatement st = db.prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getString(3));
      }
    } catch (SQLException e) {
      throw db.failure(e);
    }
    return out;
  }
}
