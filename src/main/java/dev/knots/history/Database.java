package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The history's one SQLite connection, opened lazily: created private, opened with a retry while
 * another knots switches it to WAL, migrated to the latest schema, and swept of sessions whose
 * process died. Every failure leaves as one {@link HistoryException} line.
 */
final class Database implements AutoCloseable {
  /** How long a writer waits for another one before giving up. */
  static final int BUSY_TIMEOUT_MS = 5000;

  /** The pause between tries to open a database another knots is switching to WAL. */
  private static final long RETRY_MS = 20;

  /** Work done in one transaction; its SQL failures undo all of it. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Path dir;
  private final Path file;
  private final Owners owners;
  private final Clock clock;

  /** A cap on the database's pages (SQLite's max_page_count), 0 for none: a full disk in tests. */
  private final int maxPages;

  private Connection connection;

  Database(Path dir, Path file, Owners owners, Clock clock, int maxPages) {
    this.dir = dir;
    this.file = file;
    this.owners = owners;
    this.clock = clock;
    this.maxPages = maxPages;
  }

  Path file() {
    return file;
  }

  /** The connection, opened on first use. */
  Connection connection() {
    if (connection == null) {
      connection = connect();
    }
    return connection;
  }

  /** Runs {@code work} in one transaction, committed before this returns. */
  <T> T inTransaction(Work<T> work) {
    try {
      return transaction(connection(), work);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** A statement over the connection with its arguments set in order. */
  PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
    PreparedStatement st = connection().prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      st.setObject(i + 1, args.get(i));
    }
    return st;
  }

  /** As {@link #prepare(String, List)}, with the area (if any) as the one argument. */
  PreparedStatement prepare(String sql, Area area) throws SQLException {
    return prepare(sql, area == null ? List.of() : List.of(area.id()));
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

  /** One line: what failed, where, and what to do about it. */
  HistoryException failure(SQLException e) {
    return Failures.of(e, file, clock);
  }

  private Connection connect() {
    StoreFiles.create(dir, file, clock);
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
        return new JDBC4Connection("jdbc:sqlite:" + file, file.toString(), config);
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
    transaction(
        c,
        tx -> {
          // another knots may have migrated while this one waited for the lock: read it again
          int current = userVersion(tx);
          try (Statement st = tx.createStatement()) {
            for (int v = current; v < Schema.latest(); v++) {
              for (String sql : Schema.MIGRATIONS.get(v)) {
                st.execute(sql);
              }
            }
            st.execute("PRAGMA user_version = " + Schema.latest());
          }
          return null;
        });
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

  /** The one transaction shape: autocommit off, commit, or undo on a failure; autocommit back. */
  private static <T> T transaction(Connection c, Work<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      throw undone(c, e);
    } finally {
      c.setAutoCommit(true);
    }
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
}
