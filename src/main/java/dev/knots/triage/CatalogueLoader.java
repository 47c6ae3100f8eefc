package dev.knots.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads catalogue.yaml (bundled in the jar) into a {@link Catalogue}, once. */
public final class CatalogueLoader {
  private static final String RESOURCE = "/dev/knots/triage/catalogue.yaml";

  private CatalogueLoader() {}

  /** Holder idiom: the bundled catalogue is parsed on first use, then shared. */
  private static final class Bundled {
    static final Catalogue CATALOGUE = load();

    private static Catalogue load() {
      try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the triage catalogue is missing from the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the triage catalogue", e);
      }
    }
  }

  /** The catalogue that ships with knots. */
  public static Catalogue bundled() {
    return Bundled.CATALOGUE;
  }

  /** Parses a catalogue; a broken one is a bug of the build, so it fails loudly. */
  public static Catalogue read(InputStream in) throws IOException {
    return CatalogueYaml.read(in);
  }
}
