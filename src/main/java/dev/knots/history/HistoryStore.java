package dev.knots.history;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The history: one SQLite database in the state folder, in WAL mode so a killed process loses
 * nothing committed and several sessions can write at once. Opened lazily: nothing touches the
 * SQLite driver until the first call that needs the database.
 */
public final class HistoryStore implements Recorder, AutoCloseable {
  /** The database file's name in the state folder. */
  public static final String FILE_NAME = "history.db";

  private final Database db;
  private final SessionTable sessions;
  private final TriageTable triages;
  private final Trends trends;
  private final Forgetting forgetting;

  private HistoryStore(Path stateDir, Owners owners, Clock clock, int maxPages) {
    Path dir = stateDir.toAbsolutePath().normalize();
    this.db = new Database(dir, dir.resolve(FILE_NAME), owners, clock, maxPages);
    this.sessions = new SessionTable(db, owners, clock);
    this.triages = new TriageTable(db);
    this.trends = new Trends(sessions, triages);
    this.forgetting = new Forgetting(db);
  }

  /** The store in {@code stateDir}; the folder and file are created on first use. */
  public static HistoryStore open(Path stateDir) {
    return open(stateDir, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps session ends. */
  public static HistoryStore open(Path stateDir, Clock clock) {
    return new HistoryStore(stateDir, Owners.system(), clock, 0);
  }

  static HistoryStore open(Path stateDir, Owners owners, Clock clock) {
    return new HistoryStore(stateDir, owners, clock, 0);
  }

  /**
   * As {@link #open(Path, Clock)}, with the database allowed at most {@code pages} pages: SQLite
   * then fails a write that needs more as it does on a full disk (SQLITE_FULL), which a test can
   * make happen without filling a real disk.
   */
  static HistoryStore openWithPageLimit(Path stateDir, Clock clock, int pages) {
    return new HistoryStore(stateDir, Owners.system(), clock, pages);
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
          SQLiteJDBCLoader.initialize();
          new SQLiteConfig();
        } catch (Exception | LinkageError e) {
          // the open that follows reports what is wrong, in its own words
        }
      }
    };
  }

  /** The database file. */
  public Path file() {
    return db.file();
  }

  /** Opens the database now (it is otherwise opened on first use); throws if it cannot be used. */
  public void check() {
    db.connection();
  }

  /** Records the start and its answers in one transaction, committed before this returns. */
  @Override
  public long sessionStarted(SessionStart s) {
    return sessions.started(s);
  }

  /** Records the end; the end time is the store's clock at this call. */
  @Override
  public void sessionEnded(long id, SessionEnd e) {
    sessions.ended(id, e);
  }

  @Override
  public void triageRecorded(TriageRecord t) {
    triages.recorded(t);
  }

  /**
   * The triage answers given at the start of these sessions, by session id, in the order asked;
   * sessions without recorded answers are left out.
   */
  public Map<Long, Map<String, String>> sessionAnswers(Area area, Instant since) {
    return sessions.answers(area, since);
  }

  /** Sessions newest first; {@code area} and {@code since} are optional (null). */
  public List<SessionRecord> sessions(Area area, Instant since) {
    return sessions.read(area, since);
  }

  /** {@code knots triage} runs newest first, with their answers in the order asked. */
  public List<TriageEntry> triages(Area area, Instant since) {
    return triages.read(area, since);
  }

  /**
   * Sessions and triage runs as one list, newest first, handed to {@code each} one at a time
   * without holding them all: an export of any size. {@code area} and {@code since} are optional.
   */
  public void eachRow(Area area, Instant since, Consumer<HistoryRow> each) {
    try {
      HistoryRows.read(db.connection(), area, since, each);
    } catch (SQLException e) {
      throw db.failure(e);
    }
  }

  /** How many records a {@link #forget} of this area (null: all) would delete. */
  public Counts count(Area area) {
    return forgetting.count(area);
  }

  /**
   * Deletes the records of an area (null: everything) and overwrites the freed pages, so the
   * deleted health data is gone from the file and its write-ahead log too.
   */
  public Counts forget(Area area) {
    return forgetting.forget(area);
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
    return trends.notImproving(area, now, painNow);
  }

  /** The last triage of the area if it advised care less than 14 days ago. */
  public Optional<LastAdvice> lastAdvice(Area area, Instant now) {
    return trends.lastAdvice(area, now);
  }

  @Override
  public void close() {
    db.close();
  }

  /** One line: what failed, where, and what to do about it. */
  HistoryException failure(SQLException e) {
    return db.failure(e);
  }
}
