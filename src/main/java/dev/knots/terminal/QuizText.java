package dev.knots.terminal;

import java.util.ArrayList;
import java.util.List;

/** Word wrap for the quiz and outcome screens, so no word is ever cut at the terminal edge. */
final class QuizText {
  private QuizText() {}

  /**
   * The text wrapped to {@code width}, the first line after {@code first}, the rest after {@code
   * rest}.
   */
  static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
