package dev.knots.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Yes-or-no questions answered with a line (no raw mode). One reader for all of them: a buffered
 * reader may read ahead, and a second one would lose what the first took.
 */
public final class LineQuestion {
  private final InputStream in;
  private final PrintWriter out;
  private BufferedReader answers;

  public LineQuestion(InputStream in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  /** Asks {@code question}; an empty line, y or yes is yes; anything else or no answer is no. */
  public boolean yesByDefault(String question) {
    out.print(question + " [Y/n] ");
    out.flush();
    try {
      if (answers == null) {
        answers = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      String answer = answers.readLine();
      if (answer == null) {
        return false;
      }
      String a = answer.strip().toLowerCase(Locale.ROOT);
      return a.isEmpty() || a.equals("y") || a.equals("yes");
    } catch (IOException e) {
      return false;
    }
  }
}
