package dev.knots.routine;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the routines folder into routines.bin at build time ({@code process-classes}), so a run
 * lists and loads the bundled routines without parsing YAML; an invalid bundled routine fails the
 * build with its file, line and column. Not used at run time.
 */
public final class RoutineCompiler {
  private RoutineCompiler() {}

  /** Arguments: the routines folder to read, the routines.bin to write. */
  public static void main(String[] args) throws IOException, RoutineException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RoutineCompiler ROUTINES-FOLDER ROUTINES.bin");
    }
    List<RoutineCodec.Entry> entries = compile(Path.of(args[0]));
    Path target = Path.of(args[1]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(target);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
      RoutineCodec.write(entries, out);
    }
  }

  /** Every routine file of the folder, parsed, in file name order. */
  static List<RoutineCodec.Entry> compile(Path folder) throws IOException, RoutineException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(RoutineNames::isRoutineFile).sorted().toList();
    }
    RoutineLoader loader = RoutineLoader.forBundled();
    List<RoutineCodec.Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      try {
        entries.add(
            new RoutineCodec.Entry(
                fileName,
                loader.parse(
                    "bundled:" + fileName, Files.readAllBytes(file), RoutineNames.idOf(file))));
      } catch (RoutineException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RoutineException(problems);
    }
    return entries;
  }
}
