package dev.knots.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout as a PrintWriter that remembers why a write failed: a PrintWriter swallows
 * its errors, so a full disk or /dev/full used to lose output with exit 0. The CLI asks at the end
 * of every command and turns a failure into one line and exit 74.
 */
public final class CheckedOutput extends PrintWriter {
  private final Recording sink;

  private CheckedOutput(Recording sink) {
    super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), true);
    this.sink = sink;
  }

  /** Standard output, unbuffered by Java beyond the writer's own buffer. */
  public static CheckedOutput stdout() {
    return new CheckedOutput(new Recording(new FileOutputStream(FileDescriptor.out)));
  }

  /** Over any stream (tests). */
  public static CheckedOutput over(OutputStream out) {
    return new CheckedOutput(new Recording(out));
  }

  /** The first write failure, or null. */
  public IOException failure() {
    return sink.failure;
  }

  /** Remembers the first failure of the stream below. */
  private static final class Recording extends FilterOutputStream {
    private IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
