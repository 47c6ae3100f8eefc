package dev.knots.triage;

import java.util.List;

/**
 * The port the quiz asks through: a terminal screen, or lines of stdin. Implementations throw
 * {@link MissingAnswerException} when no answer can come (end of input), never guess "no".
 */
public interface Prompter {

  /** A yes/no item, or a list screen (true = at least one applies). */
  boolean askYesNo(Question question);

  /** A 0-10 rating (the question carries its anchors). */
  int askScale(Question question);

  /** Shows advice the person must read (SOON advice, after-session advice). */
  void tell(String title, List<String> lines);
}
