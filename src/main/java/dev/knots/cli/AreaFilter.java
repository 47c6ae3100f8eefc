package dev.knots.cli;

import dev.knots.body.Area;
import picocli.CommandLine.Option;

/** The {@code --area} option of history, progress and report: only one body area's records. */
final class AreaFilter {
  @Option(
      names = "--area",
      paramLabel = "AREA",
      converter = AreaConverter.class,
      completionCandidates = AreaConverter.class,
      description = "Only this body area.")
  Area area;
}
