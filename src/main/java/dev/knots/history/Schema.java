package dev.knots.history;

import java.util.List;

/** The database schema as forward migrations: version n is reached by running entry n-1. */
final class Schema {
  private Schema() {}

  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE sessions ("
                  + " id INTEGER PRIMARY KEY,"
                  + " area TEXT NOT NULL,"
                  + " routine TEXT NOT NULL,"
                  + " origin TEXT NOT NULL,"
                  + " started_at INTEGER NOT NULL,"
                  + " triage_level TEXT NOT NULL,"
                  + " fired TEXT NOT NULL,"
                  + " precautions TEXT NOT NULL,"
                  + " pain_before INTEGER,"
                  + " owner_pid INTEGER,"
                  + " owner_start INTEGER,"
                  + " ended_at INTEGER,"
                  + " steps_done INTEGER,"
                  + " steps_skipped INTEGER,"
                  + " seconds INTEGER,"
                  + " ending TEXT,"
                  + " pain_after INTEGER,"
                  + " felt_warning_signs INTEGER,"
                  + " stop_reason TEXT)",
              "CREATE INDEX sessions_by_area_time ON sessions (area, started_at)",
              "CREATE INDEX sessions_by_time ON sessions (started_at)",
              "CREATE TABLE triages ("
                  + " id INTEGER PRIMARY KEY,"
                  + " area TEXT,"
                  + " at INTEGER NOT NULL,"
                  + " level TEXT NOT NULL,"
                  + " fired TEXT NOT NULL)",
              "CREATE INDEX triages_by_area_time ON triages (area, at)",
              "CREATE TABLE triage_answers ("
                  + " triage_id INTEGER NOT NULL REFERENCES triages (id) ON DELETE CASCADE,"
                  + " position INTEGER NOT NULL,"
                  + " question TEXT NOT NULL,"
                  + " answer TEXT NOT NULL,"
                  + " PRIMARY KEY (triage_id, position))"),
          // 2: the triage answers of a session, for the clinician report
          List.of(
              "CREATE TABLE session_answers ("
                  + " session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                  + " position INTEGER NOT NULL,"
                  + " question TEXT NOT NULL,"
                  + " answer TEXT NOT NULL,"
                  + " PRIMARY KEY (session_id, position))"),
          // 3: a session over several areas (after training) is one row per area, each with its
          // own pain ratings, so that history, progress and "not improving" stay per area; the
          // rows of one session point at its first row (NULL: a session over one area)
          List.of("ALTER TABLE sessions ADD COLUMN together_with INTEGER"));

  static int latest() {
    return MIGRATIONS.size();
  }
}
