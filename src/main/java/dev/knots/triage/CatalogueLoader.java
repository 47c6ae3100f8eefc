package dev.knots.triage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the triage catalogue: the YAML (the source humans edit) at build time, and at run time the
 * compact binary the build wrote from it (catalogue.bin, see {@link CatalogueCompiler}), once.
 */
public final class CatalogueLoader {
  private static final String BINARY = "/dev/knots/triage/catalogue.bin";

  private CatalogueLoader() {}

  /** Holder idiom: the bundled catalogue is read on first use, then shared. */
  private static final class Bundled {
    static final Catalogue CATALOGUE = readResource(BINARY);
  }

  /** The catalogue that ships with knots. */
  public static Catalogue bundled() {
    return Bundled.CATALOGUE;
  }

  /** Reads a catalogue.bin resource; missing or broken, it is a bug of the build: fail loudly. */
  static Catalogue readResource(String name) {
    return CatalogueCodec.FILE.readResource(CatalogueLoader.class, name, CatalogueCodec::read);
  }

  /** Parses catalogue.yaml; a broken one is a bug of the build, so it fails loudly. */
  public static Catalogue read(InputStream in) throws IOException {
    return CatalogueYaml.read(in);
  }
}
