package dev.knots.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of one line, computed here so that the wording tests depend on nothing
 * but this file: 0.39 x words per sentence + 11.8 x syllables per word - 15.59. Syllables are
 * counted by a plain rule (groups of vowels, less a silent final e, ed or es), which errs a little
 * high on long words; that makes the test stricter, not looser.
 */
final class Readability {
  /**
   * Medicine names read off a box, which FK would score as four or five syllables of vocabulary;
   * the spec asks for them ("a statin, such as atorvastatin or simvastatin"), so each counts as
   * two.
   */
  static final Set<String> NAMES =
      Set.of(
          "atorvastatin",
          "simvastatin",
          "warfarin",
          "apixaban",
          "rivaroxaban",
          "ibuprofen",
          "prednisolone");

  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
  private static final Pattern WORD_CHAR = Pattern.compile("[A-Za-z0-9]");

  private Readability() {}

  static int syllables(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (letters.isEmpty()) {
      return 1; // a number such as 38 or 12
    }
    if (NAMES.contains(letters)) {
      return 2;
    }
    Matcher m = VOWELS.matcher(letters);
    int count = 0;
    while (m.find()) {
      count++;
    }
    if (count > 1) {
      if (letters.endsWith("e") && !letters.endsWith("le")) {
        count--;
      } else if (letters.endsWith("ed") && !endsBefore(letters, "td")) {
        count--;
      } else if (letters.endsWith("es") && !endsBefore(letters, "sxzcgh")) {
        count--;
      }
    }
    return Math.max(1, count);
  }

  /** Whether the letter before the last two is one of {@code letters}. */
  private static boolean endsBefore(String word, String letters) {
    return word.length() >= 3 && letters.indexOf(word.charAt(word.length() - 3)) >= 0;
  }

  static List<String> words(String line) {
    return Arrays.stream(line.split("[\\s/]+")).filter(w -> WORD_CHAR.matcher(w).find()).toList();
  }

  static int sentences(String line) {
    long count =
        Arrays.stream(SENTENCE_END.split(line)).filter(s -> WORD_CHAR.matcher(s).find()).count();
    return (int) Math.max(1, count);
  }

  /** The grade of the line as one text; a line with no words is grade 0. */
  static double grade(String line) {
    List<String> words = words(line);
    if (words.isEmpty()) {
      return 0;
    }
    int syllables = words.stream().mapToInt(Readability::syllables).sum();
    return 0.39 * words.size() / sentences(line) + 11.8 * syllables / words.size() - 15.59;
  }
}
