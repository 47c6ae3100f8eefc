package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader against the full parser: whenever it gives a tree, the full parser gives the same
 * one (values, types, lines and columns) and finds nothing wrong, so messages never depend on which
 * reader read a file.
 */
class SimpleYamlReaderTest {
  /** A typical routine, the shape of the generated benchmark files and most users' files. */
  static final String TYPICAL =
      """
      # yaml-language-server: $schema=../schema/routine.schema.json
      name: Generated routine 1
      area: calves
      summary: Roller, thumb and stretch for the calves.
      equipment: [foam-roller, massage-ball]
      cautions:
        - Discomfort is fine; sharp pain means stop.
      sources:
        - "NHS: Deep vein thrombosis - https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"
        - 'It''s quoted'   # a comment
      steps:
        - name: Calves on the roller
          kind: foam-roll
          target: gastrocnemius
          sides: both
          duration: 1m15s
          passes: 8
          pressure: moderate
          cue: Roll slowly from below the knee to above the ankle.

        - name: Thumb on the knot
          kind: thumb-massage
          sides: both
          duration: 1:00
          cue: Press and hold a tender spot for 20-30 seconds.
      """;

  static Stream<String> goldenFiles() throws IOException, URISyntaxException {
    List<String> texts = new ArrayList<>();
    for (String folder : List.of("valid", "invalid")) {
      try (Stream<Path> list = Files.list(RoutineGoldenFilesTest.folder(folder))) {
        for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          texts.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    return texts.stream();
  }

  static Stream<String> bundledRoutines() {
    return BundledRoutines.fileNames().stream()
        .map(file -> RoutineNames.idOf(Path.of(file)))
        .map(
            name ->
                new String(BundledRoutines.content(name).orElseThrow(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void should_read_golden_files_as_the_full_parser_does(String text) {
    assertSameAsFullParser(text);
  }

  @ParameterizedTest
  @MethodSource("bundledRoutines")
  void should_read_bundled_routines_without_the_full_parser(String text) {
    assertThat(SimpleYamlReader.read(text)).isNotNull();
    assertSameAsFullParser(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8",
        "0",
        "07",
        "012",
        "1_000",
        "0x1F",
        "0b11",
        "1e3",
        "1E3",
        "1e",
        "1.5",
        ".5",
        "1:30",
        "190:20:30",
        "1:30.5",
        "2026-11-25",
        "2026-11-25t10:00:00Z",
        "2026-1-5 1:00:00",
        "45s",
        "1m30s",
        "5 s",
        "yes",
        "No",
        "ON",
        "off",
        "y",
        "n",
        "true",
        "FALSE",
        "True1",
        "null",
        "Null",
        "NULL",
        "~",
        "<<",
        "=",
        "foam-roll",
        "Thumb",
        "offer",
        "nothing",
        "-1",
        "+1",
        ".inf"
      })
  void should_type_a_value_as_the_full_parser_does(String value) {
    assertSameAsFullParser("name: " + value + "\n");
    assertSameAsFullParser("equipment: [" + value + "]\n");
  }

  @Test
  void should_read_a_typical_routine_without_the_full_parser() {
    assertThat(SimpleYamlReader.read(TYPICAL)).isNotNull();
    assertSameAsFullParser(TYPICAL);
  }

  static void assertSameAsFullParser(String text) {
    YamlNode simple = SimpleYamlReader.read(text);
    if (simple == null) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    YamlNode full;
    try {
      full = new YamlTreeReader("x", problems).readFully(text);
    } catch (YamlTreeReader.Fatal e) {
      fail("the full parser rejects what the simple reader read (%s):%n%s", e.problem, text);
      return;
    }
    assertThat(problems).as(text).isEmpty();
    assertThat(simple).as(text).isEqualTo(full);
  }
}
