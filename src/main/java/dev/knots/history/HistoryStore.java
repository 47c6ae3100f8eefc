package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The history: one SQLite database in the state folder, in WAL mode so a killed process loses
 * nothing committed and several sessions can write at once. Opened lazily: nothing touches the
 * SQLite driver until the first call that needs the database.
 */
public final class HistoryStore implements Recorder, AutoCloseable {
  /** The database file's name in the state folder. */
  public static final String FILE_NAME = "history.db";

  /** How long a writer waits for another one before giving up. */
  static final int BUSY_TIMEOUT_MS = 5000;

  /** The pause between tries to open a database another knots is switching to WAL. */
  private static final long RETRY_MS = 20;

  /** The session columns read back, in the order the reading code takes them by index. */
  private static final String SESSION_COLUMNS =
      "id, area, routine, origin, started_at, triage_level, fired, precautions, pain_before,"
          + " ended_at, steps_done, steps_skipped, seconds, ending, pain_after,"
          + " felt_warning_signs, stop_reason";

  private static final Map<String, Area> AREAS = new java.util.HashMap<>();

  static {
    for (Area a : Area.values()) {
      AREAS.put(a.id(), a);
    }
  }

  private final Path dir;
  private final Path file;
  private final Owners owners;
  private final Clock clock;
  private Connection connection;

  /** A cap on the database's pages (SQLite's max_page_count), 0 for none: a full disk in tests. */
  private int maxPages;

  private HistoryStore(Path dir, Owners owners, Clock clock) {
    this.dir = dir.toAbsolutePath().normalize();
    this.file = this.dir.resolve(FILE_NAME);
    this.owners = owners;
    this.clock = clock;
  }

  /** The store in {@code stateDir}; the folder and file are created on first use. */
  public static HistoryStore open(Path stateDir) {
    return open(stateDir, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps session ends. */
  public static HistoryStore open(Path stateDir, Clock clock) {
    return new HistoryStore(stateDir, Owners.system(), clock);
  }

  static HistoryStore open(Path stateDir, Owners owners, Clock clock) {
    return new HistoryStore(stateDir, owners, clock);
  }

  /**
   * As {@link #open(Path, Clock)}, with the database allowed at most {@code pages} pages: SQLite
   * then fails a write that needs more as it does on a full disk (SQLITE_FULL), which a test can
   * make happen without filling a real disk.
   */
  static HistoryStore openWithPageLimit(Path stateDir, Clock clock, int pages) {
    HistoryStore store = new HistoryStore(stateDir, Owners.system(), clock);
    store.maxPages = pages;
    return store;
  }

  /**
   * For a session that runs whatever happens to the history: opens the store now and returns a
   * recorder that never throws. The first failure, now or later, is reported once to {@code warn}
   * as "this session will not be recorded: ..." and later calls do nothing.
   */
  public static SafeHistory openOrWarn(Path stateDir, Consumer<String> warn) {
    HistoryStore store = open(stateDir);
    SafeHistory safe = new SafeHistory(store, warn);
    safe.check();
    return safe;
  }

  /**
   * A task that starts SQLite without opening a database: its driver, native library and
   * configuration classes cost about 100 ms of start-up, which a caller runs on another core while
   * it does other work. A failure is left for the real open to report. A class, not a lambda, so
   * that starting it does not first set up the JDK's lambda machinery (the caller does that while
   * the task runs).
   */
  public static Runnable preloader(Path cacheDir) {
    return new Runnable() {
      @Override
      public void run() {
        try {
          NativeLibrary.useCache(cacheDir);
          org.sqlite.SQLiteJDBCLoader.initialize();
          new org.sqlite.SQLiteConfig();
        } catch (Exception | LinkageError e) {
          // the open that follows reports what is wrong, in its own words
        }
      }
    };
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** Opens the database now (it is otherwise opened on first use); throws if it cannot be used. */
  public void check() {
    connection();
  }

  /** Records the start and its answers in one transaction, committed before this returns. */
  @Override
  public long sessionStarted(SessionStart s) {
    String sql =
        "INSERT INTO sessions (area, routine, origin, started_at, triage_level, fired,"
            + " precautions, pain_before, owner_pid, owner_start, together_with)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    Connection c = connection();
    try {
      c.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
          st.setString(1, s.area().id());
          st.setString(2, s.routineName());
          st.setString(3, s.routineOrigin());
          st.setLong(4, s.startedAt().toEpochMilli());
          st.setString(5, s.triageLevel());
          st.setString(6, join(s.firedIds()));
          st.setString(7, join(s.precautions()));
          setInt(st, 8, s.painBefore());
          st.setLong(9, owners.currentPid());
          setLong(st, 10, owners.currentStart());
          setLong(st, 11, s.togetherWith());
          st.executeUpdate();
          try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        insertAnswers(c, "session_answers", "session_id", id, s.answers());
        c.commit();
        return id;
      } catch (SQLException e) {
        throw undone(c, e);
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void insertAnswers(
      Connection c, String table, String owner, long id, Map<String, String> answers)
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

  /**
   * The triage answers given at the start of these sessions, by session id, in the order asked;
   * sessions without recorded answers are left out.
   */
  public Map<Long, Map<String, String>> sessionAnswers(Area area, Instant since) {
    return answers("session_answers", "session_id", "sessions", "started_at", area, since);
  }

  /** The answers of the owners (sessions or triages) matching the filter, in the order asked. */
  private Map<Long, Map<String, String>> answers(
      String table, String ownerColumn, String owners, String time, Area area, Instant since) {
    StringBuilder sql =
        new StringBuilder("SELECT a." + ownerColumn + ", a.question, a.answer FROM " + table)
            .append(" a JOIN " + owners + " o ON o.id = a." + ownerColumn + " WHERE 1 = 1");
    List<Object> args = filter(sql, "o.area", "o." + time, area, since);
    sql.append(" ORDER BY a." + ownerColumn + ", a.position");
    Map<Long, Map<String, String>> out = new LinkedHashMap<>();
    try (PreparedStatement st = prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getString(3));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** Records the end; the end time is the store's clock at this call. */
  @Override
  public void sessionEnded(long id, SessionEnd e) {
    String sql =
        "UPDATE sessions SET ended_at = ?, steps_done = ?, steps_skipped = ?, seconds = ?,"
            + " ending = ?, pain_after = ?, felt_warning_signs = ?, stop_reason = ? WHERE id = ?";
    try (PreparedStatement st = connection().prepareStatement(sql)) {
      st.setLong(1, clock.instant().toEpochMilli());
      st.setInt(2, e.stepsDone());
      st.setInt(3, e.stepsSkipped());
      st.setLong(4, e.seconds());
      st.setString(5, e.ending().name());
      setInt(st, 6, e.painAfter());
      setInt(st, 7, e.feltWarningSigns() == null ? null : e.feltWarningSigns() ? 1 : 0);
      st.setString(8, e.stopReason());
      st.setLong(9, id);
      st.executeUpdate();
    } catch (SQLException ex) {
      throw failure(ex);
    }
  }

  @Override
  public void triageRecorded(TriageRecord t) {
    Connection c = connection();
    try {
      c.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO triages (area, at, level, fired) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
          st.setString(1, t.area() == null ? null : t.area().id());
          st.setLong(2, t.at().toEpochMilli());
          st.setString(3, t.level());
          st.setString(4, join(t.firedIds()));
          st.executeUpdate();
          try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        insertAnswers(c, "triage_answers", "triage_id", id, t.answers());
        c.commit();
      } catch (SQLException e) {
        throw undone(c, e);
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Appends the optional area and since conditions to {@code sql}; returns their arguments. */
  private static List<Object> filter(
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

  /** Sessions newest first; {@code area} and {@code since} are optional (null). */
  public List<SessionRecord> sessions(Area area, Instant since) {
    StringBuilder sql =
        new StringBuilder("SELECT " + SESSION_COLUMNS + " FROM sessions WHERE 1 = 1");
    List<Object> args = filter(sql, "area", "started_at", area, since);
    sql.append(" ORDER BY started_at DESC, id DESC");
    List<SessionRecord> out = new ArrayList<>();
    try (PreparedStatement st = prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Optional<Area> recorded = area(rs.getString(2));
        if (recorded.isEmpty()) {
          continue; // an area a newer knots knows: not ours to show
        }
        out.add(
            new SessionRecord(
                rs.getLong(1),
                recorded.get(),
                rs.getString(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)),
                rs.getString(6),
                split(rs.getString(7)),
                split(rs.getString(8)),
                getInt(rs, 9),
                getInstant(rs, 10),
                getInt(rs, 11),
                getInt(rs, 12),
                getLong(rs, 13),
                ending(rs.getString(14)),
                getInt(rs, 15),
                getBoolean(rs, 16),
                rs.getString(17)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** {@code knots triage} runs newest first, with their answers in the order asked. */
  public List<TriageEntry> triages(Area area, Instant since) {
    StringBuilder sql =
        new StringBuilder("SELECT id, area, at, level, fired FROM triages WHERE 1 = 1");
    List<Object> args = filter(sql, "area", "at", area, since);
    sql.append(" ORDER BY at DESC, id DESC");
    Map<Long, Map<String, String>> answers =
        answers("triage_answers", "triage_id", "triages", "at", area, since);
    List<TriageEntry> out = new ArrayList<>();
    try (PreparedStatement st = prepare(sql.toString(), args);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String recorded = rs.getString(2);
        out.add(
            new TriageEntry(
                id,
                new TriageRecord(
                    recorded == null ? null : area(recorded).orElse(null),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    rs.getString(4),
                    split(rs.getString(5)),
                    answers.getOrDefault(id, Map.of()))));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /**
   * Sessions and triage runs as one list, newest first, handed to {@code each} one at a time
   * without holding them all: an export of any size. {@code area} and {@code since} are optional.
   */
  public void eachRow(Area area, Instant since, Consumer<HistoryRow> each) {
    try {
      HistoryRows.read(connection(), area, since, each);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** How many records a {@link #forget} of this area (null: all) would delete. */
  public Counts count(Area area) {
    return new Counts(countRows("sessions", area), countRows("triages", area));
  }

  /**
   * Deletes the records of an area (null: everything) and overwrites the freed pages, so the
   * deleted health data is gone from the file and its write-ahead log too.
   */
  public Counts forget(Area area) {
    Connection c = connection();
    try {
      c.setAutoCommit(false);
      Counts deleted;
      try {
        String where = area == null ? "" : " WHERE area = ?";
        String answers =
            "DELETE FROM triage_answers WHERE triage_id IN (SELECT id FROM triages" + where + ")";
        try (PreparedStatement st = prepare(answers, area)) {
          st.executeUpdate();
        }
        String sessionAnswers =
            "DELETE FROM session_answers WHERE session_id IN (SELECT id FROM sessions"
                + where
                + ")";
        try (PreparedStatement st = prepare(sessionAnswers, area)) {
          st.executeUpdate();
        }
        int triages;
        try (PreparedStatement st = prepare("DELETE FROM triages" + where, area)) {
          triages = st.executeUpdate();
        }
        int sessions;
        try (PreparedStatement st = prepare("DELETE FROM sessions" + where, area)) {
          sessions = st.executeUpdate();
        }
        c.commit();
        deleted = new Counts(sessions, triages);
      } catch (SQLException e) {
        throw undone(c, e);
      } finally {
        c.setAutoCommit(true);
      }
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      return deleted;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** How many sessions and triage runs. */
  public record Counts(int sessions, int triages) {}

  /** The history-driven {@code not-improving} fact for triage (see {@link PainTrend}). */
  public boolean notImproving(Area area, Instant now) {
    return notImproving(area, now, null);
  }

  /**
   * As {@link #notImproving(Area, Instant)}, counting today's pain rating (null if not known yet)
   * as a session now: one earlier session two weeks ago at the same pain is then enough.
   */
  public boolean notImproving(Area area, Instant now, Integer painNow) {
    List<SessionRecord> sessions = new ArrayList<>(sessions(area, now.minus(PainTrend.LOOKBACK)));
    if (painNow != null) {
      sessions.add(SessionRecord.of(area, now, painNow, null));
    }
    return PainTrend.of(area, sessions, now).notImproving();
  }

  /** The last triage of the area if it advised care less than 14 days ago. */
  public Optional<LastAdvice> lastAdvice(Area area, Instant now) {
    Instant since = now.minus(LastAdviceRule.FOLLOW_UP);
    return LastAdviceRule.of(area, sessions(area, since), triages(area, since), now);
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing after a failure: nothing left to save, and the failure was already reported
      } finally {
        connection = null;
      }
    }
  }

  private Connection connection() {
    if (connection == null) {
      connection = connect();
    }
    return connection;
  }

  private Connection connect() {
    StoreFiles.create(dir, file);
    Properties config = new Properties();
    config.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
    config.setProperty("journal_mode", "WAL");
    // writers take the lock when they begin, so waiting uses the busy timeout instead of failing
    config.setProperty("transaction_mode", "IMMEDIATE");
    config.setProperty("secure_delete", "true");
    config.setProperty("foreign_keys", "true");
    if (maxPages > 0) {
      config.setProperty("max_page_count", Integer.toString(maxPages));
    }
    Connection c = null;
    try {
      c = open(config);
      migrate(c);
      markAbandoned(c);
      return c;
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // the first failure is the one worth reporting
        }
      }
      throw failure(e);
    }
  }

  /**
   * The connection itself, as org.sqlite.JDBC.connect makes it: that driver class would register
   * with DriverManager, whose start-up scans for every JDBC driver (~25 ms). When another knots
   * opens a new database at the same moment, switching it to WAL can meet SQLITE_BUSY at once,
   * without the busy timeout (a test of three writers saw it in 3 of 80 runs): the open is tried
   * again for as long as the busy timeout, as a wait for a lock would be.
   */
  private Connection open(Properties config) throws SQLException {
    long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MS);
    while (true) {
      try {
        return new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite:" + file, file.toString(), config);
      } catch (SQLException e) {
        if (!Failures.locked(e) || System.nanoTime() - giveUp > 0) {
          throw e;
        }
        // (the failed open closed its handle: nothing is held while waiting)
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(RETRY_MS));
      }
    }
  }

  private void migrate(Connection c) throws SQLException {
    int version = userVersion(c);
    if (version == Schema.latest()) {
      return;
    }
    if (version > Schema.latest()) {
      throw new HistoryException(
          "the history database "
              + file
              + " was written by a newer knots (schema "
              + version
              + "); update knots, or move the file aside: mv '"
              + file
              + "' '"
              + file
              + ".newer'",
          null);
    }
    c.setAutoCommit(false);
    try {
      // another knots may have migrated while this one waited for the lock: read it again
      int current = userVersion(c);
      try (Statement st = c.createStatement()) {
        for (int v = current; v < Schema.latest(); v++) {
          for (String sql : Schema.MIGRATIONS.get(v)) {
            st.execute(sql);
          }
        }
        st.execute("PRAGMA user_version = " + Schema.latest());
      }
      c.commit();
    } catch (SQLException e) {
      throw undone(c, e);
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static int userVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Sessions whose process died before recording the end become ENDED_UNEXPECTEDLY. */
  private void markAbandoned(Connection c) throws SQLException {
    List<Long> dead = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, owner_pid, owner_start FROM sessions WHERE ending IS NULL")) {
      while (rs.next()) {
        long pid = rs.getLong(2);
        boolean unknownPid = rs.wasNull();
        long start = rs.getLong(3);
        Long ownerStart = rs.wasNull() ? null : start;
        if (unknownPid || !owners.alive(pid, ownerStart)) {
          dead.add(rs.getLong(1));
        }
      }
    }
    if (dead.isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE sessions SET ending = 'ENDED_UNEXPECTEDLY' WHERE id = ? AND ending IS NULL")) {
      for (long id : dead) {
        st.setLong(1, id);
        st.executeUpdate();
      }
    }
  }

  private int countRows(String table, Area area) {
    String sql = "SELECT COUNT(*) FROM " + table + (area == null ? "" : " WHERE area = ?");
    try (PreparedStatement st = prepare(sql, area);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private PreparedStatement prepare(String sql, Area area) throws SQLException {
    return prepare(sql, area == null ? List.of() : List.of(area.id()));
  }

  private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
    PreparedStatement st = connection().prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      st.setObject(i + 1, args.get(i));
    }
    return st;
  }

  /**
   * Rolls back a failed transaction and gives back its failure. On a full disk SQLite has rolled
   * back already, so the rollback and the end of the transaction fail too ("no transaction is
   * active"): those are kept as suppressed, never in the failure's place, and autocommit is back on
   * (the caller's own switch back is then a no-op), so the user reads the cause.
   */
  private static SQLException undone(Connection c, SQLException failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** One line: what failed, where, and what to do about it. */
  HistoryException failure(SQLException e) {
    return Failures.of(e, file, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static String join(List<String> ids) {
    return String.join(" ", ids);
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" +"));
  }

  /** An area as stored (its canonical id); empty for one a newer knots knows. */
  private static Optional<Area> area(String id) {
    return Optional.ofNullable(AREAS.get(id));
  }

  private static Ending ending(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Ending.valueOf(name);
    } catch (IllegalArgumentException e) {
      return Ending.ENDED_UNEXPECTEDLY; // a newer knots' ending: the closest we know
    }
  }

  private static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setInt(index, value);
    }
  }

  private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setLong(index, value);
    }
  }

  private static Integer getInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Long getLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Instant getInstant(ResultSet rs, int column) throws SQLException {
    Long value = getLong(rs, column);
    return value == null ? null : Instant.ofEpochMilli(value);
  }

  private static Boolean getBoolean(ResultSet rs, int column) throws SQLException {
    Integer value = getInt(rs, column);
    return value == null ? null : value != 0;
  }
}
