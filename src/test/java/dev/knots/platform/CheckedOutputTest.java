package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckedOutputTest {
  /** Fails every write with its own numbered message, so the first failure can be told apart. */
  private static final class Failing extends OutputStream {
    private int writes;

    @Override
    public void write(int b) throws IOException {
      throw new IOException("failure " + ++writes);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("failure " + ++writes);
    }
  }

  @Test
  void should_pass_the_text_through_as_utf8_when_the_stream_takes_it() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CheckedOutput out = CheckedOutput.over(bytes);

    out.print("Schmerz ü");
    out.flush();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Schmerz ü");
    assertThat(out.failure()).isNull();
  }

  @Test
  void should_remember_the_first_failure_when_the_stream_fails() {
    CheckedOutput out = CheckedOutput.over(new Failing());

    out.print("one");
    out.flush();
    out.print("two");
    out.flush();

    assertThat(out.checkError()).isTrue();
    assertThat(out.failure()).hasMessage("failure 1");
  }

  @Test
  void should_remember_a_failure_of_flush_when_only_flush_fails() {
    CheckedOutput out =
        CheckedOutput.over(
            new OutputStream() {
              @Override
              public void write(int b) {}

              @Override
              public void flush() throws IOException {
                throw new IOException("flush failed");
              }
            });

    out.print("x");
    out.flush();

    assertThat(out.failure()).hasMessage("flush failed");
  }
}
