package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.body.Suggestions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --area} for the history commands: a name or alias, or a usage error with a suggestion and
 * the valid names. (The routines commands' AreaConverter can replace it when merged.)
 */
final class HistoryAreaConverter implements ITypeConverter<Area> {
  @Override
  public Area convert(String value) {
    return Area.parse(value)
        .orElseThrow(
            () -> {
              String hint =
                  Suggestions.closest(value, Area.allNames())
                      .map(s -> " (did you mean " + s + "?)")
                      .orElse("");
              return new TypeConversionException(
                  "unknown area '"
                      + value
                      + "'"
                      + hint
                      + "; areas: "
                      + String.join(", ", Area.ids()));
            });
  }
}
