package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalogue.bin: the YAML stays the truth, and the bundled binary must say exactly the same. */
class CatalogueCodecTest {
  private static final Catalogue YAML = yaml();

  private static Catalogue yaml() {
    try (InputStream in = CatalogueCodecTest.class.getResourceAsStream("catalogue.yaml")) {
      return CatalogueLoader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(Catalogue catalogue) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueCodec.write(catalogue, new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static Catalogue decode(byte[] bytes) throws IOException {
    return CatalogueCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void should_round_trip_the_real_catalogue_to_an_equal_catalogue() throws IOException {
    Catalogue decoded = decode(encode(YAML));

    assertThat(decoded).isEqualTo(YAML);
    assertThat(encode(decoded)).as("the same catalogue, the same bytes").isEqualTo(encode(YAML));
  }

  @Test
  void should_bundle_a_binary_equal_to_the_catalogue_parsed_from_the_yaml() {
    assertThat(CatalogueLoader.bundled()).isEqualTo(YAML);
  }

  @Test
  void should_bundle_the_bytes_the_compiler_writes(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("catalogue.yaml");
    Path bin = dir.resolve("catalogue.bin");
    try (InputStream in = getClass().getResourceAsStream("catalogue.yaml")) {
      Files.copy(in, yaml);
    }

    CatalogueCompiler.main(new String[] {yaml.toString(), bin.toString()});

    try (InputStream bundled = getClass().getResourceAsStream("catalogue.bin")) {
      assertThat(Files.readAllBytes(bin)).isEqualTo(bundled.readAllBytes());
    }
  }

  /** Whether the bytes fail with the codec's own error (anything else escapes and fails). */
  private static boolean rejected(byte[] bytes) {
    try {
      decode(bytes);
      return false;
    } catch (IOException e) {
      return e.getMessage().startsWith("corrupt triage catalogue: ");
    }
  }

  @Test
  void should_reject_a_file_cut_anywhere() throws IOException {
    byte[] bytes = encode(YAML);
    // every cut in the 16-byte header, then a sample of the body (whose cuts take one path)
    IntStream cuts =
        IntStream.concat(
            IntStream.rangeClosed(0, 16), IntStream.of(17, bytes.length / 2, bytes.length - 1));

    assertThat(cuts.filter(n -> !rejected(Arrays.copyOf(bytes, n))))
        .as("lengths read without the codec's error")
        .isEmpty();
  }

  @Test
  void should_reject_any_changed_byte() throws IOException {
    byte[] bytes = encode(YAML);

    assertThat(IntStream.range(0, bytes.length).filter(i -> !rejected(flipped(bytes, i))))
        .as("positions whose change reads without the codec's error")
        .isEmpty();
  }

  private static byte[] flipped(byte[] bytes, int position) {
    byte[] changed = bytes.clone();
    changed[position] ^= 0x20;
    return changed;
  }

  @Test
  void should_reject_a_file_that_is_not_a_catalogue() throws IOException {
    byte[] yaml;
    try (InputStream in = getClass().getResourceAsStream("catalogue.yaml")) {
      yaml = in.readAllBytes();
    }

    assertThatThrownBy(() -> decode(yaml))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("corrupt triage catalogue: not a triage catalogue (magic ");
  }

  @Test
  void should_reject_another_format_version() throws IOException {
    byte[] bytes = encode(YAML);
    ByteBuffer.wrap(bytes).putInt(4, CatalogueCodec.VERSION + 1);

    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "corrupt triage catalogue: format version %d, this knots reads %d",
            CatalogueCodec.VERSION + 1, CatalogueCodec.VERSION);
  }

  @Test
  void should_fail_loudly_when_the_resource_is_missing() {
    assertThatThrownBy(() -> CatalogueLoader.readResource("/dev/knots/triage/missing.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the triage catalogue /dev/knots/triage/missing.bin is missing from the jar");
  }

  @Test
  void should_fail_loudly_when_the_resource_is_corrupt() {
    assertThatThrownBy(() -> CatalogueLoader.readResource("/dev/knots/triage/catalogue.yaml"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(
            "cannot read the triage catalogue /dev/knots/triage/catalogue.yaml: corrupt triage"
                + " catalogue: not a triage catalogue");
  }
}
