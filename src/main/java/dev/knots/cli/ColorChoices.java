package dev.knots.cli;

import dev.knots.terminal.ColorPolicy;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** The {@code --color} values as users type them: auto, always, never. */
final class ColorChoices
    implements Iterable<String>, CommandLine.ITypeConverter<ColorPolicy.Choice> {

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(ColorPolicy.Choice.values())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .iterator();
  }

  @Override
  public ColorPolicy.Choice convert(String value) {
    try {
      return ColorPolicy.Choice.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a colour choice; use auto, always or never");
    }
  }
}
