package dev.knots.body;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate to {@code typed}, or empty if none is plausibly what was meant. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String wanted = typed.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 3);
    return candidates.stream()
        .filter(c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= limit)
        .min(
            Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** Optimal string alignment distance: a transposed pair of letters counts as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
