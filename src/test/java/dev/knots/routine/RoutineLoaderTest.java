package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineLoaderTest {
  private final RoutineLoader loader = new RoutineLoader();

  private static final String VALID =
      String.join(
          "\n",
          "name: Calf knot release",
          "area: calf",
          "summary: Roller and thumb.",
          "equipment: [foam-roller]",
          "cautions:",
          "  - Stop for sharp pain.",
          "sources:",
          "  - \"NHS: Sprains and strains - https://www.nhs.uk/conditions/sprains-and-strains/\"",
          "steps:",
          "  - name: Roll the calf",
          "    kind: foam-roll",
          "    target: gastrocnemius",
          "    sides: both",
          "    duration: 1m30s",
          "    passes: 6",
          "    pressure: moderate",
          "    cue: Slowly.",
          "  - name: Breathe",
          "    kind: breathe",
          "    duration: '1:00'",
          "");

  private Routine parse(String text, String id) throws RoutineException {
    return loader.parse(id + ".yaml", text.getBytes(StandardCharsets.UTF_8), id);
  }

  @Test
  void should_read_every_field_when_the_routine_is_valid() throws RoutineException {
    Routine r = parse(VALID, "calf-release");

    assertThat(r.id()).isEqualTo("calf-release");
    assertThat(r.area()).isEqualTo(Area.CALVES);
    assertThat(r.equipment()).containsExactly("foam-roller");
    assertThat(r.sources()).hasSize(1);
    Step roll = r.steps().get(0);
    assertThat(roll.kind()).isEqualTo(Kind.FOAM_ROLL);
    assertThat(roll.sides()).isEqualTo(Sides.BOTH);
    assertThat(roll.duration()).isEqualTo(Duration.ofSeconds(90));
    assertThat(roll.passes()).isEqualTo(6);
    assertThat(roll.pressure()).isEqualTo(Pressure.MODERATE);
    assertThat(r.steps().get(1).sides()).isEqualTo(Sides.NONE);
    assertThat(r.totalDuration()).isEqualTo(Duration.ofSeconds(240));
  }

  @Test
  void should_accept_a_byte_order_mark_when_the_rest_is_utf8() throws RoutineException {
    byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(loader.parse("x.yaml", withBom, "x").name()).isEqualTo("Calf knot release");
  }

  @Test
  void should_report_every_problem_when_a_file_has_several() {
    String text = VALID.replace("kind: breathe", "kind: breath").replace("passes: 6", "pases: 6");

    assertThatThrownBy(() -> parse(text, "x"))
        .isInstanceOfSatisfying(
            RoutineException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "x.yaml:15:5: unknown step key 'pases' - did you mean 'passes'?",
                        "x.yaml:19:11: unknown kind 'breath' - did you mean 'breathe'? use one of:"
                            + " thumb-massage, ball-massage, foam-roll, stretch, breathe, rest"));
  }

  @Test
  void should_reject_the_file_name_when_it_is_not_a_routine_name() {
    assertThatThrownBy(
            () -> loader.parse("My Calf.yaml", VALID.getBytes(StandardCharsets.UTF_8), "My Calf"))
        .isInstanceOfSatisfying(
            RoutineException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .isEqualTo(
                        "My Calf.yaml: the file name 'My Calf' is not a routine name - rename the"
                            + " file to lower-case words and dashes, such as my-calf.yaml"));
  }

  @Test
  void should_say_unreadable_when_the_file_is_missing(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOfSatisfying(
            UnreadableRoutineException.class, e -> assertThat(e.unreadable()).isTrue());
  }

  @Test
  void should_say_it_is_a_folder_when_given_a_folder(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("calves.yaml"));

    assertThatThrownBy(() -> loader.load(folder, "calves.yaml"))
        .isInstanceOfSatisfying(
            UnreadableRoutineException.class,
            e -> {
              assertThat(e.unreadable()).isTrue();
              assertThat(e.getMessage())
                  .isEqualTo("calves.yaml: is a folder, not a routine file - name a .yaml file");
            });
  }

  @Test
  void should_load_from_disk_with_the_file_name_as_name(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("calf-release.yml");
    Files.writeString(file, VALID);

    assertThat(loader.load(file).id()).isEqualTo("calf-release");
  }

  @Test
  void should_refuse_a_huge_file_without_reading_all_of_it(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.yaml");
    Files.write(file, new byte[3 * 1024 * 1024]);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOfSatisfying(
            RoutineException.class,
            e -> {
              assertThat(e.unreadable()).isFalse();
              assertThat(e.getMessage())
                  .endsWith(
                      "the file is 3072 KiB; a routine file may be at most 256 KiB - split it"
                          + " into smaller routines");
            });
  }
}
