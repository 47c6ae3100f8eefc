package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.body.Suggestions;
import java.util.Iterator;
import picocli.CommandLine;

/**
 * Reads an AREA option or parameter: canonical name or alias, any case. Unknown names and paths are
 * usage errors (exit 2) with a "did you mean" and the valid list. Also completes AREA in shells.
 */
final class AreaConverter implements CommandLine.ITypeConverter<Area>, Iterable<String> {

  @Override
  public Area convert(String value) {
    return Area.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(why(value)));
  }

  /** Why {@code value} is not an area, with the fix. */
  static String why(String value) {
    if (value.contains("/") || value.contains("\\") || value.contains("..")) {
      return "an area is a word, not a path: '" + value + "' - use one of: " + valid();
    }
    return "unknown area '"
        + value
        + "' - "
        + Suggestions.closest(value, Area.allNames())
            .map(s -> "did you mean '" + Area.parse(s).orElseThrow().id() + "'? ")
            .orElse("")
        + "use one of: "
        + valid();
  }

  private static String valid() {
    return String.join(", ", Area.ids());
  }

  @Override
  public Iterator<String> iterator() {
    return Area.ids().iterator();
  }
}
