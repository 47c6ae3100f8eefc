package dev.knots.history;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the clinician report writes numbers and table cells: pure functions of the values. */
final class ReportText {
  private ReportText() {}

  /** A mean with one decimal (never "-0.0"), or "unknown". */
  static String number(OptionalDouble value) {
    return value.isPresent() ? unsignedZero("%.1f", value.getAsDouble()) : "unknown";
  }

  /** A change with its sign, one decimal; one that rounds to nothing has none: "0.0". */
  static String signed(double value) {
    return unsignedZero("%+.1f", value);
  }

  /**
   * The value in this format, but a zero without a sign: the format would write -0.0, and anything
   * from -0.05 to 0, as "-0.0" (and zero as "+0.0" with a "+" flag).
   */
  private static String unsignedZero(String format, double value) {
    String text = String.format(Locale.ROOT, format, value);
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    return digits.chars().allMatch(c -> c == '0' || c == '.') ? digits : text;
  }

  /**
   * Text in a Markdown table cell: on one line with no control characters ({@link Printable}), and
   * backslashes and pipes escaped, so that no stored text can end the cell or the row.
   */
  static String cell(String text) {
    return text == null ? "" : Printable.line(text).replace("\\", "\\\\").replace("|", "\\|");
  }
}
