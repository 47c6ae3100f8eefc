package dev.knots.history;

import dev.knots.body.Area;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sessions} table and its answers: a session's start, its end, and reading them back.
 */
final class SessionTable {
  /** The session columns read back, in the order {@link #record} takes them by index. */
  static final String COLUMNS =
      "id, area, routine, origin, started_at, triage_level, fired, precautions, pain_before,"
          + " ended_at, steps_done, steps_skipped, seconds, ending, pain_after,"
          + " felt_warning_signs, stop_reason";

  private final Database db;
  private final Owners owners;
  private final Clock clock;

  SessionTable(Database db, Owners owners, Clock clock) {
    this.db = db;
    this.owners = owners;
    this.clock = clock;
  }

  /** Records the start and its answers in one transaction; returns the session's id. */
  long started(SessionStart s) {
    String sql =
        "INSERT INTO sessions (area, routine, origin, started_at, triage_level, fired,"
            + " precautions, pain_before, owner_pid, owner_start, together_with)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    return db.inTransaction(
        c -> {
          long id;
          try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, s.area().id());
            st.setString(2, s.routineName());
            st.setString(3, s.routineOrigin());
            st.setLong(4, s.startedAt().toEpochMilli());
            st.setString(5, s.triageLevel());
            st.setString(6, Columns.join(s.firedIds()));
            st.setString(7, Columns.join(s.precautions()));
            Columns.setInt(st, 8, s.painBefore());
            st.setLong(9, owners.currentPid());
            Columns.setLong(st, 10, owners.currentStart());
            Columns.setLong(st, 11, s.togetherWith());
            id = Columns.insertedId(st);
          }
          AnswerTables.insert(c, "session_answers", "session_id", id, s.answers());
          return id;
        });
  }

  /** Records the end; the end time is the clock at this call. */
  void ended(long id, SessionEnd e) {
    String sql =
        "UPDATE sessions SET ended_at = ?, steps_done = ?, steps_skipped = ?, seconds = ?,"
            + " ending = ?, pain_after = ?, felt_warning_signs = ?, stop_reason = ? WHERE id = ?";
    try (PreparedStatement st = db.connection().prepareStatement(sql)) {
      st.setLong(1, clock.instant().toEpochMilli());
      st.setInt(2, e.stepsDone());
      st.setInt(3, e.stepsSkipped());
      st.setLong(4, e.seconds());
      st.setString(5, e.ending().name());
      Columns.setInt(st, 6, e.painAfter());
      Columns.setInt(st, 7, e.feltWarningSigns() == null ? null : e.feltWarningSigns() ? 1 : 0);
      st.setString(8, e.stopReason());
      st.setLong(9, id);
      st.executeUpdate();
    } catch (SQLException ex) {
      throw db.failure(ex);
    }
  }

  /** Sessions newest first; {@code area} and {@code since} are optional (null). */
  List<SessionRecord> read(Area area, Instant since) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sessions WHERE 1 = 1");
    List<Object> args = Columns.filter(sql, "area", "started_at", area, since);
    sql.append(" ORDER BY started_at DESC, id DESC");
    List<SessionRecord> out = new ArrayList<>();
    try (PreparedStatement st = db.prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Optional<SessionRecord> row = record(rs);
        if (row.isPresent()) {
          out.add(row.get());
        }
      }
    } catch (SQLException e) {
      throw db.failure(e);
    }
    return out;
  }

  /**
   * The session at the cursor's row of a {@link #COLUMNS} query; empty for an area a newer knots
   * knows (not ours to show).
   */
  static Optional<SessionRecord> record(ResultSet rs) throws SQLException {
    Optional<Area> recorded = Columns.area(rs.getString(2));
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SessionRecord(
            rs.getLong(1),
            recorded.get(),
            rs.getString(3),
            rs.getString(4),
            Instant.ofEpochMilli(rs.getLong(5)),
            rs.getString(6),
            Columns.split(rs.getString(7)),
            Columns.split(rs.getString(8)),
            Columns.getInt(rs, 9),
            Columns.getInstant(rs, 10),
            Columns.getInt(rs, 11),
            Columns.getInt(rs, 12),
            Columns.getLong(rs, 13),
            Columns.ending(rs.getString(14)),
            Columns.getInt(rs, 15),
            Columns.getBoolean(rs, 16),
            rs.getString(17)));
  }

  /**
   * The triage answers given at the start of these sessions, by session id, in the order asked;
   * sessions without recorded answers are left out.
   */
  Map<Long, Map<String, String>> answers(Area area, Instant since) {
    return AnswerTables.read(
        db, "session_answers", "session_id", "sessions", "started_at", area, since);
  }
}
