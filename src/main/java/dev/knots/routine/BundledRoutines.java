package dev.knots.routine;

import dev.knots.body.Area;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The routines shipped inside knots. A jar can't be listed cheaply, so {@code index.txt} next to
 * them names the files and their areas (tests keep it equal to the repository's {@code routines/}
 * folder and to each file's {@code area}).
 */
public final class BundledRoutines {
  private static final String FOLDER = "/dev/knots/routines/";

  private BundledRoutines() {}

  /** The bundled file names ({@code NAME.yaml}), in index order. */
  public static List<String> fileNames() {
    return index().stream().map(entry -> entry[0]).toList();
  }

  /** The bundled file names the index gives this area: a session parses only these. */
  public static List<String> fileNames(Area area) {
    return index().stream()
        .filter(entry -> entry.length > 1 && entry[1].equals(area.id()))
        .map(entry -> entry[0])
        .toList();
  }

  /** The index's lines, each split into FILE and AREA. */
  private static List<String[]> index() {
    try (InputStream in = BundledRoutines.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.split("\\s+"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled routine index can't be read", e);
    }
  }

  /** The bundled file for this NAME, exactly as shipped (comments included), if there is one. */
  public static Optional<byte[]> content(String name) {
    if (!RoutineNames.isValid(name)) {
      return Optional.empty();
    }
    try (InputStream in = BundledRoutines.class.getResourceAsStream(FOLDER + name + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled routine " + name + " can't be read", e);
    }
  }
}
