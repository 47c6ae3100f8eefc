package dev.knots.triage;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles catalogue.yaml into catalogue.bin at build time ({@code process-classes}), so knots
 * starts without parsing YAML. Not used at run time.
 */
public final class CatalogueCompiler {
  private CatalogueCompiler() {}

  /** Arguments: the catalogue.yaml to read, the catalogue.bin to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogueCompiler CATALOGUE.yaml CATALOGUE.bin");
    }
    Catalogue catalogue;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      catalogue = CatalogueLoader.read(in);
    }
    try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
      CatalogueCodec.write(catalogue, out);
    }
  }
}
