package dev.knots.routine;

import dev.knots.body.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled position figures ({@code figures.txt}: "== NAME: what it shows", then the drawing),
 * and the figure a step draws: its bundled name or its own drawing.
 */
public final class Figures {
  private static final String RESOURCE = "/dev/knots/routine/figures.txt";
  private static final String HEADER = "== ";

  private Figures() {}

  /** Holder idiom: read on first use (a session with figures off never reads it). */
  private static final class Bundled {
    static final Map<String, Figure> BY_NAME = parse(read());
  }

  /** Every bundled figure, in file order. */
  public static List<Figure> all() {
    return List.copyOf(Bundled.BY_NAME.values());
  }

  public static List<String> names() {
    return List.copyOf(Bundled.BY_NAME.keySet());
  }

  public static Optional<Figure> named(String name) {
    return Optional.ofNullable(Bundled.BY_NAME.get(name));
  }

  /** "did you mean 'x'? - the figures are: a, b, c" for a name that is not bundled. */
  public static String unknownMessage(String name) {
    return "no figure named '"
        + name
        + "'"
        + Suggestions.closest(name, Bundled.BY_NAME.keySet())
            .map(s -> " - did you mean '" + s + "'?")
            .orElse("")
        + " (figures: "
        + String.join(", ", Bundled.BY_NAME.keySet())
        + "; 'knots routines figures' draws them)";
  }

  /** The step's figure as drawn for the left side; empty when it names none (or an unknown one). */
  public static Optional<Figure> of(Step step) {
    String figure = step.figure();
    if (figure.isEmpty()) {
      return Optional.empty();
    }
    if (figure.indexOf('\n') < 0 && RoutineNames.isValid(figure)) {
      return named(figure);
    }
    try {
      return Optional.of(Figure.drawing(figure));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Map<String, Figure> parse(String text) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    String name = null;
    String description = "";
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(HEADER)) {
        add(figures, name, description, lines);
        int colon = line.indexOf(':');
        name = line.substring(HEADER.length(), colon).strip();
        description = line.substring(colon + 1).strip();
        lines = new ArrayList<>();
      } else if (name != null) {
        lines.add(line.stripTrailing());
      }
    }
    add(figures, name, description, lines);
    return figures;
  }

  private static void add(
      Map<String, Figure> figures, String name, String description, List<String> lines) {
    if (name == null) {
      return;
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    figures.put(name, new Figure(name, description, lines));
  }

  private static String read() {
    try (InputStream in = Figures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled figures are missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
