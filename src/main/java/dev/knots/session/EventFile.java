package dev.knots.session;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

/**
 * {@code --events FILE}: one JSON line per session event, the file created 0600 (it says what the
 * person is doing and when). A failed write (disk full) warns once and stops the writing, never the
 * countdown.
 */
public final class EventFile implements SessionEvent.Sink, AutoCloseable {
  private final Path path;
  private final Consumer<String> warn;
  private BufferedWriter out;

  private EventFile(Path path, BufferedWriter out, Consumer<String> warn) {
    this.path = path;
    this.out = out;
    this.warn = warn;
  }

  /**
   * Opens (creates or empties) the file, before the safety check: a bad path fails at once.
   *
   * @throws IOException saying why in a few words, to follow "cannot write the events file PATH: "
   */
  public static EventFile open(Path path, Consumer<String> warn) throws IOException {
    try {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createFile(
              path,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
          Files.createFile(path);
        }
      }
      BufferedWriter writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(
                      path,
                      StandardOpenOption.WRITE,
                      StandardOpenOption.TRUNCATE_EXISTING,
                      LinkOption.NOFOLLOW_LINKS),
                  StandardCharsets.UTF_8));
      return new EventFile(path, writer, warn);
    } catch (IOException | SecurityException e) {
      throw new IOException(reason(e), e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void accept(SessionEvent event) {
    if (out == null) {
      return;
    }
    try {
      out.write(event.json());
      out.write('\n');
      // a status bar reads it as it comes
      out.flush();
    } catch (IOException e) {
      warn.accept(
          "cannot write to the events file "
              + path
              + " ("
              + reason(e)
              + "); no more events are written, the session goes on");
      closeQuietly();
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // already warned or nothing left to lose: the events are a convenience
      }
      out = null;
    }
  }
}
