package dev.knots.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Speaks cues through espeak-ng or say, one at a time, without waiting for them to finish. */
public final class Voice {
  private static final List<String> PROGRAMS = List.of("espeak-ng", "say");

  private final Path program;
  private Process speaking;

  private Voice(Path program) {
    this.program = program;
  }

  /** The first speech program on this PATH, found without starting anything. */
  public static Optional<Voice> find(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String name : PROGRAMS) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(new Voice(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** What to tell the person once when --voice finds nothing. */
  public static String notFoundMessage() {
    return "knots: --voice needs espeak-ng or say on PATH; none was found, so cues are not spoken.";
  }

  /** Says this, cutting short whatever was still being said. */
  public synchronized void say(String text) {
    stop();
    try {
      speaking =
          new ProcessBuilder(program.toString(), text)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
    } catch (IOException e) {
      // speech is a nicety: a failure must not stop the countdown
      speaking = null;
    }
  }

  public synchronized void stop() {
    if (speaking != null && speaking.isAlive()) {
      speaking.destroy();
    }
    speaking = null;
  }
}
