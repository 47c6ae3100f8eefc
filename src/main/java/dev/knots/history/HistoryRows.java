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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sessions and safety checks merged newest first and handed over one at a time, straight from two
 * open cursors: an export of any length holds one row of each kind in memory. (Reading whole lists
 * ran out of a default heap at 30k sessions for JSON.)
 */
final class HistoryRows {
  /** Each session once per answer, in the order asked: grouped back into one row by id. */
  private static final String SESSIONS =
      "SELECT "
          + SessionTable.COLUMNS.replaceAll("(\\w+)", "s.$1")
          + ", a.question, a.answer FROM sessions s"
          + " LEFT JOIN session_answers a ON a.session_id = s.id WHERE 1 = 1";

  /** Where the answer columns of {@link #SESSIONS} start, after the session's own. */
  private static final int SESSION_ANSWER = SessionTable.COLUMNS.split(",").length + 1;

  /** Each check once per answer, in the order asked: grouped back into one row by id. */
  private static final String CHECKS =
      "SELECT t.id, t.area, t.at, t.level, t.fired, a.question, a.answer FROM triages t"
          + " LEFT JOIN triage_answers a ON a.triage_id = t.id WHERE 1 = 1";

  private HistoryRows() {}

  /** Hands every row matching the filter (area and since optional) to {@code each}. */
  static void read(Connection c, Area area, Instant since, Consumer<HistoryRow> each)
      throws SQLException {
    try (PreparedStatement s =
            prepare(
                c,
                SESSIONS,
                "s.area",
                "s.started_at",
                area,
                since,
                " s.started_at DESC, s.id DESC, a.position");
        PreparedStatement t =
            prepare(c, CHECKS, "t.area", "t.at", area, since, " t.at DESC, t.id DESC, a.position");
        ResultSet sessionRows = s.executeQuery();
        ResultSet checkRows = t.executeQuery()) {
      Sessions sessions = new Sessions(sessionRows);
      Checks checks = new Checks(checkRows);
      HistoryRow session = sessions.next();
      HistoryRow check = checks.next();
      while (session != null || check != null) {
        // at the same moment the session comes first, as the export always listed them
        if (check == null || (session != null && !session.at().isBefore(check.at()))) {
          each.accept(session);
          session = sessions.next();
        } else {
          each.accept(check);
          check = checks.next();
        }
      }
    }
  }

  private static PreparedStatement prepare(
      Connection c,
      String select,
      String areaColumn,
      String timeColumn,
      Area area,
      Instant since,
      String order)
      throws SQLException {
    StringBuilder sql = new StringBuilder(select);
    List<Object> args = Columns.filter(sql, areaColumn, timeColumn, area, since);
    sql.append(" ORDER BY").append(order);
    PreparedStatement st = c.prepareStatement(sql.toString());
    for (int i = 0; i < args.size(); i++) {
      st.setObject(i + 1, args.get(i));
    }
    return st;
  }

  /**
   * The sessions of a cursor positioned one row ahead, so that a session's answers can be taken.
   */
  private static final class Sessions {
    private final ResultSet rs;
    private boolean more;

    Sessions(ResultSet rs) throws SQLException {
      this.rs = rs;
      this.more = rs.next();
    }

    /** The next session of an area this knots knows, with its answers, or null after the last. */
    HistoryRow next() throws SQLException {
      while (more) {
        Optional<SessionRecord> session = SessionTable.record(rs);
        long id = rs.getLong(1);
        Map<String, String> answers = new LinkedHashMap<>();
        do {
          String question = rs.getString(SESSION_ANSWER);
          if (question != null) {
            answers.put(question, rs.getString(SESSION_ANSWER + 1));
          }
          more = rs.next();
        } while (more && rs.getLong(1) == id);
        if (session.isPresent()) {
          return HistoryRow.of(session.get(), answers);
        }
      }
      return null;
    }
  }

  /** The checks of a cursor positioned one row ahead, so that a check's answers can be taken. */
  private static final class Checks {
    private final ResultSet rs;
    private boolean more;

    Checks(ResultSet rs) throws SQLException {
      this.rs = rs;
      this.more = rs.next();
    }

    /** The next check with its answers, or null after the last. */
    HistoryRow next() throws SQLException {
      if (!more) {
        return null;
      }
      long id = rs.getLong(1);
      String area = rs.getString(2);
      Instant at = Instant.ofEpochMilli(rs.getLong(3));
      String level = rs.getString(4);
      List<String> fired = Columns.split(rs.getString(5));
      Map<String, String> answers = new LinkedHashMap<>();
      do {
        String question = rs.getString(6);
        if (question != null) {
          answers.put(question, rs.getString(7));
        }
        more = rs.next();
      } while (more && rs.getLong(1) == id);
      Area known = area == null ? null : Columns.area(area).orElse(null);
      return HistoryRow.of(new TriageEntry(id, new TriageRecord(known, at, level, fired, answers)));
    }
  }
}
