package dev.knots.history;

import dev.knots.body.Area;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code triages} table and its answers: the {@code knots triage} runs. */
final class TriageTable {
  private final Database db;

  TriageTable(Database db) {
    this.db = db;
  }

  /** Records the run and its answers in one transaction. */
  void recorded(TriageRecord t) {
    db.inTransaction(
        c -> {
          long id;
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO triages (area, at, level, fired) VALUES (?,?,?,?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, t.area() == null ? null : t.area().id());
            st.setLong(2, t.at().toEpochMilli());
            st.setString(3, t.level());
            st.setString(4, Columns.join(t.firedIds()));
            id = Columns.insertedId(st);
          }
          AnswerTables.insert(c, "triage_answers", "triage_id", id, t.answers());
          return null;
        });
  }

  /** The runs newest first, with their answers in the order asked. */
  List<TriageEntry> read(Area area, Instant since) {
    StringBuilder sql =
        new StringBuilder("SELECT id, area, at, level, fired FROM triages WHERE 1 = 1");
    List<Object> args = Columns.filter(sql, "area", "at", area, since);
    sql.append(" ORDER BY at DESC, id DESC");
    Map<Long, Map<String, String>> answers =
        AnswerTables.read(db, "triage_answers", "triage_id", "triages", "at", area, since);
    List<TriageEntry> out = new ArrayList<>();
    try (PreparedStatement st = db.prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String recorded = rs.getString(2);
        out.add(
            new TriageEntry(
                id,
                new TriageRecord(
                    recorded == null ? null : Columns.area(recorded).orElse(null),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    rs.getString(4),
                    Columns.split(rs.getString(5)),
                    answers.getOrDefault(id, Map.of()))));
      }
    } catch (SQLException e) {
      throw db.failure(e);
    }
    return out;
  }
}
