package dev.knots.terminal;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for fixed-width output: wrapping, cutting, times. */
final class Text {
  private Text() {}

  /** m:ss, or h:mm:ss past an hour. */
  static String clock(long seconds) {
    // by hand: String.format costs tens of milliseconds the first time, at the first step's line
    long s = Math.max(0, seconds);
    if (s >= 3600) {
      return s / 3600 + ":" + twoDigits((s / 60) % 60) + ":" + twoDigits(s % 60);
    }
    return s / 60 + ":" + twoDigits(s % 60);
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  /** Cuts to a width, with an ellipsis when something was cut. */
  static String fit(String text, int width) {
    if (width <= 0) {
      return "";
    }
    if (text.length() <= width) {
      return text;
    }
    return width == 1 ? text.substring(0, 1) : text.substring(0, width - 1) + "…";
  }

  /** Words wrapped to lines of at most this width; long words are cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(fit(word, width));
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * One line wrapped to the width with its indentation kept: continuation lines line up after the
   * leading spaces and a list marker ("- ", "! ", "* "), so wrapped advice still reads as a list.
   * An empty line stays one empty line.
   */
  static List<String> wrapIndented(String text, int width) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    if (start == text.length()) {
      return List.of("");
    }
    int hang = start;
    if (text.length() > start + 1
        && "-!*•".indexOf(text.charAt(start)) >= 0
        && text.charAt(start + 1) == ' ') {
      hang = start + 2;
    }
    String first = text.substring(0, hang);
    String rest = " ".repeat(hang);
    int room = Math.max(1, width - hang);
    List<String> words = wrap(text.substring(hang), room);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      lines.add((i == 0 ? first : rest) + words.get(i));
    }
    return lines.isEmpty() ? List.of(first.stripTrailing()) : lines;
  }

  /**
   * A line of choices separated by three spaces ("1 sharp pain 2 numbness") wrapped between the
   * choices, so none is cut off or split from its number; a choice wider than a line is wrapped.
   */
  static List<String> wrapChoices(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String choice : text.trim().split(" {3,}")) {
      if (line.length() > 0 && line.length() + 3 + choice.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (choice.length() > width) {
        lines.addAll(wrap(choice, width));
        continue;
      }
      if (line.length() > 0) {
        line.append("   ");
      }
      line.append(choice);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A bar of this many cells, filled to a fraction. */
  static String bar(double fraction, int cells, boolean unicode) {
    int n = Math.max(0, cells);
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * n);
    String on = unicode ? "█" : "#";
    String off = unicode ? "░" : ".";
    return on.repeat(filled) + off.repeat(n - filled);
  }

  /** A track with one marker at a position from 0 to 1. */
  static String marker(double position, int cells, boolean unicode) {
    int n = Math.max(1, cells);
    int at = (int) Math.round(Math.max(0, Math.min(1, position)) * (n - 1));
    String track = unicode ? "·" : "-";
    String dot = unicode ? "●" : "o";
    return track.repeat(at) + dot + track.repeat(n - 1 - at);
  }
}
