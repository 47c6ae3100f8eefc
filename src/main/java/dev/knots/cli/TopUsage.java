package dev.knots.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code knots --help}, as the build rendered it from the command model ({@link BuildTimeDocs}):
 * the most printed text of all is the same every time, and printing it this way needs no picocli,
 * which otherwise spends about two thirds of that run building the model and laying out the text.
 */
final class TopUsage {
  private TopUsage() {}

  /** Whether these arguments ask for the top usage and nothing else. */
  static boolean asked(String[] args) {
    return args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]));
  }

  /** The rendered usage, plain or coloured; empty if this build did not ship it. */
  static Optional<String> rendered(boolean color) {
    try (InputStream in = TopUsage.class.getResourceAsStream(resource(color))) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the usage text in the jar", e);
    }
  }

  static String resource(boolean color) {
    return color ? "/dev/knots/cli/usage.ansi" : "/dev/knots/cli/usage.txt";
  }
}
