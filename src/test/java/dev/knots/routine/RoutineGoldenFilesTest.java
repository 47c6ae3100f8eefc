package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code invalid/x.yaml} gives exactly the messages in {@code
 * invalid/x.expected.txt}; each {@code valid/x.yaml} loads and survives a write and re-read.
 */
class RoutineGoldenFilesTest {
  private final RoutineLoader loader = new RoutineLoader();

  /** Inputs too big to check in: made on the fly, their expected messages still golden. */
  private static final Map<String, byte[]> GENERATED = Map.of("multi-megabyte", multiMegabyte());

  private static byte[] multiMegabyte() {
    byte[] content = new byte[3 * 1024 * 1024];
    Arrays.fill(content, (byte) 'a');
    byte[] head = "name: ".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, head.length);
    return content;
  }

  static Path folder(String name) throws URISyntaxException {
    return Path.of(RoutineGoldenFilesTest.class.getResource(name).toURI());
  }

  static Stream<String> invalidCases() throws Exception {
    try (Stream<Path> files = Files.list(folder("invalid"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.txt"))
          .map(n -> n.substring(0, n.length() - ".expected.txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> validCases() throws Exception {
    try (Stream<Path> files = Files.list(folder("valid"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static byte[] content(String name) throws Exception {
    if (GENERATED.containsKey(name)) {
      return GENERATED.get(name);
    }
    return Files.readAllBytes(folder("invalid").resolve(name + ".yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void should_give_exactly_the_golden_messages_when_the_file_is_invalid(String name)
      throws Exception {
    byte[] content = content(name);
    String expected =
        Files.readString(folder("invalid").resolve(name + ".expected.txt"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.parse(name + ".yaml", content, name))
        .isInstanceOfSatisfying(
            RoutineException.class,
            e -> {
              assertThat(e.unreadable()).isFalse();
              assertThat(
                      e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
                          + "\n")
                  .isEqualTo(expected);
            });
  }

  @Test
  void should_have_an_input_for_every_golden_file() throws Exception {
    List<String> cases = invalidCases().toList();

    assertThat(cases).hasSizeGreaterThan(30);
    for (String name : cases) {
      assertThat(
              GENERATED.containsKey(name)
                  || Files.exists(folder("invalid").resolve(name + ".yaml")))
          .as(name)
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void should_read_the_same_routine_back_when_a_valid_one_is_written(String file) throws Exception {
    String id = file.replace(".yaml", "");
    Routine original = loader.parse(file, Files.readAllBytes(folder("valid").resolve(file)), id);

    String written = RoutineWriter.toYaml(original);
    Routine reread = loader.parse(file, written.getBytes(StandardCharsets.UTF_8), id);

    assertThat(reread).isEqualTo(original);
  }

  @Test
  void should_write_text_that_needs_escaping_so_it_reads_back()
      throws IOException, RoutineException {
    Routine tricky =
        new Routine(
            "tricky",
            "# not a comment: \"quoted\" \\ back\\slash\ttab",
            Area.FEET,
            "yes",
            List.of("123", "null"),
            List.of("- a dash", "key: value"),
            List.of(),
            List.of(
                new Step(
                    "Rest",
                    Kind.REST,
                    "",
                    Sides.NONE,
                    Duration.ofSeconds(61),
                    0,
                    null,
                    "line one\nline two")));

    Routine reread =
        loader.parse(
            "tricky.yaml", RoutineWriter.toYaml(tricky).getBytes(StandardCharsets.UTF_8), "tricky");

    assertThat(reread).isEqualTo(tricky);
  }
}
