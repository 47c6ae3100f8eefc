package dev.knots.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Asks one question per line of a reader (stdin that is not a terminal): y, yes, n, no, or a
 * number. End of input is a {@link MissingAnswerException}; anything else unreadable is an {@link
 * InvalidAnswerException}. Prompts go to the given writer (stderr, so stdout stays clean).
 */
public final class LinePrompter implements Prompter {
  private final BufferedReader in;
  private final PrintWriter out;

  public LinePrompter(Reader in, PrintWriter out) {
    this.in = new BufferedReader(in);
    this.out = out;
  }

  @Override
  public boolean askYesNo(Question question) {
    print(question);
    out.print("[y/n] ");
    out.flush();
    String line = read(question);
    Optional<Boolean> answer = AnswerValues.yesNo(line);
    if (answer.isEmpty()) {
      throw new InvalidAnswerException(
          "'" + line.strip() + "' does not answer '" + question.id() + "': use y, yes, n or no");
    }
    out.println(answer.get() ? "yes" : "no");
    return answer.get();
  }

  @Override
  public int askScale(Question question) {
    print(question);
    for (PainAnchor anchor : question.anchors()) {
      out.printf("  %d-%d %s: %s%n", anchor.from(), anchor.to(), anchor.label(), anchor.text());
    }
    out.print("[0-10] ");
    out.flush();
    String line = read(question);
    OptionalInt answer = AnswerValues.scale(line);
    if (answer.isEmpty()) {
      throw new InvalidAnswerException(
          "'" + line.strip() + "' does not answer '" + question.id() + "': use a number 0-10");
    }
    out.println(answer.getAsInt());
    return answer.getAsInt();
  }

  @Override
  public void tell(String title, List<String> lines) {
    out.println(title);
    lines.forEach(l -> out.println("  " + l));
    out.flush();
  }

  private void print(Question question) {
    question.lines().forEach(out::println);
    question.items().forEach(item -> out.println("  - " + item));
  }

  /** The longest answer line read; the rest of a longer one is skipped, never kept. */
  static final int MAX_LINE = 1024;

  /**
   * One line, at most {@link #MAX_LINE} characters (a 100 MB line would exhaust the heap); a byte
   * order mark before the first answer (a file saved by some editors) is skipped.
   */
  private String readLine(Question question) throws IOException {
    StringBuilder line = new StringBuilder();
    int c = in.read();
    if (c == '\uFEFF' && first) {
      c = in.read();
    }
    first = false;
    if (c < 0) {
      return null;
    }
    boolean tooLong = false;
    while (c >= 0 && c != '\n') {
      if (line.length() < MAX_LINE) {
        line.append((char) c);
      } else {
        tooLong = true;
      }
      c = in.read();
    }
    if (tooLong) {
      throw new InvalidAnswerException(
          "the answer to '"
              + question.id()
              + "' is longer than "
              + MAX_LINE
              + " characters: use y, yes, n, no or a number");
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  private boolean first = true;

  private String read(Question question) {
    try {
      String line = readLine(question);
      if (line == null) {
        out.println();
        out.flush();
        throw new MissingAnswerException(question);
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
