package dev.knots.history;

import dev.knots.body.Area;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the tables store values: nullable numbers, space-separated ids, areas by canonical id. */
final class Columns {
  private static final Map<String, Area> AREAS = new HashMap<>();

  static {
    for (Area a : Area.values()) {
      AREAS.put(a.id(), a);
    }
  }

  private Columns() {}

  /** Appends the optional area and since conditions to {@code sql}; returns their arguments. */
  static List<Object> filter(
      StringBuilder sql, String areaColumn, String timeColumn, Area area, Instant since) {
    List<Object> args = new ArrayList<>();
    if (area != null) {
      sql.append(" AND ").append(areaColumn).append(" = ?");
      args.add(area.id());
    }
    if (since != null) {
      sql.append(" AND ").append(timeColumn).append(" >= ?");
      args.add(since.toEpochMilli());
    }
    return args;
  }

  static String join(List<String> ids) {
    return String.join(" ", ids);
  }

  static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" +"));
  }

  /** An area as stored (its canonical id); empty for one a newer knots knows. */
  static Optional<Area> area(String id) {
    return Optional.ofNullable(AREAS.get(id));
  }

  static Ending ending(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Ending.valueOf(name);
    } catch (IllegalArgumentException e) {
      return Ending.ENDED_UNEXPECTEDLY; // a newer knots' ending: the closest we know
    }
  }

  /** Runs an insert prepared with generated keys and returns the new row's id. */
  static long insertedId(PreparedStatement st) throws SQLException {
    st.executeUpdate();
    try (ResultSet keys = st.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setInt(index, value);
    }
  }

  static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setLong(index, value);
    }
  }

  static Integer getInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static Long getLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Instant getInstant(ResultSet rs, int column) throws SQLException {
    Long value = getLong(rs, column);
    return value == null ? null : Instant.ofEpochMilli(value);
  }

  static Boolean getBoolean(ResultSet rs, int column) throws SQLException {
    Integer value = getInt(rs, column);
    return value == null ? null : value != 0;
  }
}
