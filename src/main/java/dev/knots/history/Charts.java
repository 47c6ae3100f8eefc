package dev.knots.history;

import java.util.List;
import java.util.StringJoiner;

/** Text pictures of series: Unicode block sparklines, or plain numbers when blocks can't show. */
public final class Charts {
  private static final String BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

  private Charts() {}

  /** A 0-10 rating per character; a missing rating is a middle dot (or "-" in plain text). */
  public static String painLine(List<Integer> values, boolean unicode) {
    if (!unicode) {
      StringJoiner plain = new StringJoiner(" ");
      values.forEach(v -> plain.add(v == null ? "-" : Integer.toString(v)));
      return plain.toString();
    }
    StringBuilder line = new StringBuilder();
    for (Integer v : values) {
      line.append(v == null ? '\u00b7' : BLOCKS.charAt(Math.round(v * 7 / 10f)));
    }
    return line.toString();
  }

  /** Counts scaled to the largest; zero is a blank so empty weeks stand out. */
  public static String countLine(int[] counts, boolean unicode) {
    if (!unicode) {
      StringJoiner plain = new StringJoiner(" ");
      for (int c : counts) {
        plain.add(Integer.toString(c));
      }
      return plain.toString();
    }
    int max = 0;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    StringBuilder line = new StringBuilder();
    for (int c : counts) {
      line.append(c == 0 ? ' ' : BLOCKS.charAt(Math.max(0, Math.round(c * 7f / max))));
    }
    return line.toString();
  }
}
