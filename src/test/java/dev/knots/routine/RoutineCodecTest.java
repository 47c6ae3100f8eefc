package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineCodecTest {
  private static final Path FOLDER = Path.of("routines");

  private static byte[] encode(List<RoutineCodec.Entry> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RoutineCodec.write(entries, new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static List<RoutineCodec.Entry> decode(byte[] bytes) throws IOException {
    return RoutineCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void should_bundle_routines_equal_to_those_parsed_from_the_routines_folder() throws Exception {
    List<RoutineCodec.Entry> parsed = RoutineCompiler.compile(FOLDER);

    assertThat(parsed).hasSizeGreaterThan(10);
    assertThat(BundledRoutines.all())
        .containsExactlyElementsOf(
            parsed.stream().map(e -> LocatedRoutine.bundled(e.routine(), e.fileName())).toList());
  }

  @Test
  void should_round_trip_every_bundled_routine_to_an_equal_one() throws Exception {
    List<RoutineCodec.Entry> parsed = RoutineCompiler.compile(FOLDER);

    assertThat(decode(encode(parsed))).isEqualTo(parsed);
  }

  @Test
  void should_reject_any_changed_byte_or_cut() throws Exception {
    byte[] bytes = encode(RoutineCompiler.compile(FOLDER));

    assertThat(
            IntStream.range(0, bytes.length)
                .filter(
                    i -> {
                      byte[] changed = bytes.clone();
                      changed[i] ^= 0x20;
                      return !rejected(changed);
                    }))
        .as("positions whose change reads without the codec's error")
        .isEmpty();
    assertThat(IntStream.of(0, 7, 16, bytes.length / 2, bytes.length - 1))
        .allMatch(n -> rejected(Arrays.copyOf(bytes, n)));
  }

  @Test
  void should_reject_another_format_version() throws Exception {
    byte[] bytes = encode(RoutineCompiler.compile(FOLDER));
    ByteBuffer.wrap(bytes).putInt(4, RoutineCodec.VERSION + 1);

    assertThatThrownBy(() -> decode(bytes))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "corrupt routine bundle: format version %d, this knots reads %d",
            RoutineCodec.VERSION + 1, RoutineCodec.VERSION);
  }

  @Test
  void should_fail_the_build_naming_file_line_and_column_of_an_invalid_routine(@TempDir Path folder)
      throws Exception {
    Files.copy(FOLDER.resolve("calf-release.yaml"), folder.resolve("calf-release.yaml"));
    Files.writeString(folder.resolve("broken.yaml"), "name: Broken\narea: calves\nsteps: [\n");

    assertThatThrownBy(() -> RoutineCompiler.compile(folder))
        .isInstanceOf(RoutineException.class)
        .hasMessageStartingWith("bundled:broken.yaml:");
  }

  @Test
  void should_fail_the_build_when_a_bundled_pressing_step_does_not_say_where_it_presses(
      @TempDir Path folder) throws Exception {
    Files.writeString(
        folder.resolve("vague.yaml"),
        "name: Vague\narea: calves\nsteps:\n  - name: Roll\n    kind: foam-roll\n"
            + "    duration: 1m\n  - name: Stretch\n    kind: stretch\n    duration: 30s\n");

    assertThatThrownBy(() -> RoutineCompiler.compile(folder))
        .isInstanceOf(RoutineException.class)
        .hasMessageContaining("bundled:vague.yaml:4:5: missing 'position'")
        .hasMessageContaining("bundled:vague.yaml:4:5: missing 'over'")
        .hasMessageNotContaining(":7:");
  }

  @Test
  void should_keep_the_v2_keys_through_the_bundle(@TempDir Path dir) throws Exception {
    Files.copy(
        RoutineGoldenFilesTest.folder("valid").resolve("v2-keys.yaml"),
        dir.resolve("v2-keys.yaml"));
    List<RoutineCodec.Entry> parsed = RoutineCompiler.compile(dir);

    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encode(parsed)))) {
      List<RoutineCodec.Entry> read = RoutineCodec.read(in);
      assertThat(read).isEqualTo(parsed);
      Step ball = read.get(0).routine().steps().get(0);
      assertThat(ball.position()).isEqualTo(Position.LEANING_ON_WALL);
      assertThat(ball.over()).containsExactly(RestsOn.MUSCLE, RestsOn.CHEST_WALL);
      assertThat(ball.leadIn()).hasSeconds(8);
      assertThat(read.get(0).routine().steps().get(1).figure()).contains("/|--");
    }
  }

  @Test
  void should_write_a_file_the_run_reads_back(@TempDir Path dir) throws Exception {
    Path bin = dir.resolve("out/routines.bin");

    RoutineCompiler.main(new String[] {FOLDER.toString(), bin.toString()});

    try (DataInputStream in = new DataInputStream(Files.newInputStream(bin))) {
      assertThat(RoutineCodec.read(in)).isEqualTo(RoutineCompiler.compile(FOLDER));
    }
  }

  @Test
  void should_fail_loudly_when_the_resource_is_missing_or_corrupt() {
    assertThatThrownBy(() -> BundledRoutines.readResource("/dev/knots/routines/missing.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the routine bundle /dev/knots/routines/missing.bin is missing from the jar");
    assertThatThrownBy(() -> BundledRoutines.readResource("/dev/knots/routines/calf-release.yaml"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(
            "cannot read the routine bundle /dev/knots/routines/calf-release.yaml: corrupt"
                + " routine bundle: not a routine bundle");
  }

  private static boolean rejected(byte[] bytes) {
    try {
      decode(bytes);
      return false;
    } catch (IOException e) {
      return e.getMessage().startsWith("corrupt routine bundle: ");
    }
  }
}
