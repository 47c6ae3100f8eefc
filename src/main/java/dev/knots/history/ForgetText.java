package dev.knots.history;

import dev.knots.body.Area;
import java.util.Locale;

/**
 * What {@code knots history --forget} says and which answers confirm it; pure.
 *
 * @param area the area whose records are forgotten, or null: every area
 */
public record ForgetText(Area area) {
  /** The line when there is nothing to delete. */
  public String nothing() {
    return "Nothing to forget" + (area == null ? "." : " for " + area.id() + ".");
  }

  /** The question asked at a terminal, on the line the answer follows. */
  public String question(HistoryStore.Counts counts) {
    return "Delete " + what(counts) + "? This cannot be undone. [y/N] ";
  }

  /** Why it is refused away from a terminal without {@code --yes}. */
  public String needsYes(HistoryStore.Counts counts) {
    return "--forget deletes " + what(counts) + "; add --yes to confirm when not at a terminal";
  }

  /** The line after the records are deleted. */
  public static String deleted(HistoryStore.Counts deleted) {
    return "Deleted " + describe(deleted) + ".";
  }

  /** The line when the question is not answered yes. */
  public static String kept() {
    return "Nothing deleted.";
  }

  /** Whether the line typed (null: none) says yes; anything else keeps the records. */
  public static boolean confirms(String line) {
    String answer = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
    return answer.equals("y") || answer.equals("yes");
  }

  private String what(HistoryStore.Counts counts) {
    return describe(counts) + (area == null ? " (every area)" : " for " + area.id());
  }

  private static String describe(HistoryStore.Counts counts) {
    return plural(counts.sessions(), "session")
        + " and "
        + plural(counts.triages(), "safety check");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
