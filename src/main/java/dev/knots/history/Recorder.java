package dev.knots.history;

/** What a session or triage run writes to the history; a no-op when the store cannot be used. */
public interface Recorder {
  /** Records the start at once (committed) and returns the row id for {@link #sessionEnded}. */
  long sessionStarted(SessionStart start);

  void sessionEnded(long id, SessionEnd end);

  void triageRecorded(TriageRecord triage);
}
