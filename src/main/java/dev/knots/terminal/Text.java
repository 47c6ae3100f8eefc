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
