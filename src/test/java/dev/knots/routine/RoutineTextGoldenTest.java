package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routines' text and JSON as the golden files say; the files were first written by the commands
 * before their rendering moved here, so they also pin that nothing changed. {@code
 * -Dknots.golden.update=true} rewrites them (then read the diff). Temporary folders show as HOME.
 */
class RoutineTextGoldenTest {
  static final Path FOLDER = Path.of("src/test/resources/dev/knots/routine/text");

  @TempDir Path home;

  /** The golden file's text, written first when it does not exist or an update is asked for. */
  void assertGolden(String name, List<String> lines) throws Exception {
    assertGolden(name, String.join("\n", lines));
  }

  void assertGolden(String name, String text) throws Exception {
    String actual = text.replace(home.toString(), "HOME") + "\n";
    Path golden = FOLDER.resolve(name);
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Bundled routines, one replaced by a user file, one with a long NAME and title, one broken. */
  RoutineLibrary mine() throws Exception {
    Path user = Files.createDirectories(home.resolve("config/routines"));
    Files.writeString(
        user.resolve("calf-release.yaml"),
        "name: Mine\narea: calves\nsummary: A rest.\nequipment: [mat]\n"
            + "steps:\n  - name: Rest\n    kind: rest\n    duration: 30s\n");
    Files.writeString(
        user.resolve("a-very-long-routine-name-for-the-width-of-the-column.yaml"),
        "name: A title that is much longer than forty characters, to cap the column\n"
            + "area: neck\nsteps:\n  - name: Rest\n    kind: rest\n    duration: 1m\n");
    Files.writeString(user.resolve("broken.yaml"), "steps: []\n");
    return new RoutineLibrary(user);
  }

  RoutineLibrary bundledOnly() {
    return new RoutineLibrary(home.resolve("config/routines"));
  }

  static Set<String> shadowed(RoutineLibrary library) {
    return library.shadowed().stream().map(LocatedRoutine::name).collect(Collectors.toSet());
  }

  @Test
  void should_list_the_bundled_routines() throws Exception {
    RoutineLibrary library = bundledOnly();

    assertGolden("list.txt", RoutineText.list(library.inForce(), Set.of(), null));
    assertGolden(
        "list.json", RoutineJson.list(library.inForce(), Set.of(), library.invalid(), "\n"));
  }

  @Test
  void should_list_one_area() throws Exception {
    RoutineLibrary library = bundledOnly();

    assertGolden(
        "list-calves.txt", RoutineText.list(library.forArea(Area.CALVES), Set.of(), Area.CALVES));
  }

  @Test
  void should_list_user_routines_with_where_they_live_and_what_they_replace() throws Exception {
    RoutineLibrary library = mine();

    assertGolden("list-mine.txt", RoutineText.list(library.inForce(), shadowed(library), null));
    assertGolden(
        "list-mine.json",
        RoutineJson.list(library.inForce(), shadowed(library), library.invalid(), "\n"));
  }

  @Test
  void should_say_so_when_there_are_none() {
    assertThat(RoutineText.list(List.of(), Set.of(), null)).containsExactly("No routines.");
    assertThat(RoutineText.list(List.of(), Set.of(), Area.FEET))
        .containsExactly("No routines for feet.");
  }

  @Test
  void should_show_every_bundled_routine() throws Exception {
    for (LocatedRoutine routine : BundledRoutines.all()) {
      assertGolden("show/" + routine.name() + ".txt", RoutineText.show(routine));
    }
  }

  @Test
  void should_show_a_user_routine_without_the_hint_to_edit_it() throws Exception {
    LocatedRoutine mine = mine().byName("calf-release").orElseThrow();

    assertGolden("show/mine.txt", RoutineText.show(mine));
  }

  @Test
  void should_list_the_bundled_activities() throws Exception {
    ActivityMap map = ActivityLoader.bundled();
    Path file = home.resolve("config/activities.yaml");

    assertGolden("activities.txt", ActivityText.lines(map, file));
    assertGolden("activities.json", ActivityText.json(map, "\n"));
  }

  @Test
  void should_mark_the_users_own_activities() throws Exception {
    Path file = Files.createDirectories(home.resolve("config")).resolve("activities.yaml");
    Files.writeString(
        file, "rock-climbing:\n  forearms: 3\n  upper-back: 2\nrunning:\n  calves: 3\n");
    ActivityMap map = ActivityLoader.bundled().with(ActivityLoader.user(file).orElseThrow());

    assertGolden("activities-mine.txt", ActivityText.lines(map, file));
    assertGolden("activities-mine.json", ActivityText.json(map, "\n"));
  }

  @Test
  void should_break_json_lines_as_it_is_told() {
    assertThat(RoutineJson.list(List.of(), Set.of(), List.of(), "\r\n"))
        .isEqualTo("{\r\n  \"routines\" : [ ],\r\n  \"invalid\" : [ ]\r\n}");
  }

  @Test
  void should_draw_every_figure_under_its_name() throws Exception {
    assertGolden("figures.txt", FigureSheet.catalogue(Figures.all()));
  }

  @Test
  void should_count_the_invalid_files_after_their_problems() {
    Problem problem = new Problem("a.yaml", 1, 2, "missing 'name'");
    RoutineCheck.Checked valid = new RoutineCheck.Checked("b.yaml", List.of(), false);
    RoutineCheck.Checked invalid = new RoutineCheck.Checked("a.yaml", List.of(problem), false);

    assertThat(RoutineCheck.report(List.of(valid))).containsExactly("1 routine valid");
    assertThat(RoutineCheck.report(List.of(valid, valid))).containsExactly("2 routines valid");
    assertThat(RoutineCheck.report(List.of(invalid, valid)))
        .containsExactly(problem.toString(), "1 of 2 invalid");
  }

  @Test
  void should_say_where_a_new_routine_went_and_what_it_replaces() {
    Path file = Path.of("routines", "calf-release.yaml");

    assertThat(RoutineScaffold.written(file, "calf-release", true))
        .containsExactly(
            "Wrote " + file,
            "It replaces the bundled routine calf-release.",
            "Change it with 'knots routines edit calf-release', check it with 'knots routines"
                + " validate'.");
    assertThat(RoutineScaffold.written(file, "calf-release", false)).hasSize(2);
  }

  @Test
  void should_say_why_a_name_names_no_routine() throws Exception {
    RoutineLibrary library = mine();

    assertThat(library.whyUnknown("calf-relase"))
        .startsWith("no routine named 'calf-relase' - did you mean 'calf-release'? use one of: ");
    assertThat(library.whyUnknown("../x")).startsWith("a routine NAME ").contains(", not '../x'");
    assertThat(library.invalid().get(0).skipped())
        .isEqualTo(
            "skipped "
                + home.resolve("config/routines/broken.yaml")
                + " (3 problems; see 'knots routines validate')");
  }

  @Test
  void should_say_why_a_name_names_no_activity() {
    assertThat(ActivityLoader.bundled().whyUnknown(" runing "))
        .startsWith("unknown activity 'runing' - did you mean 'running'? use one of: running, ")
        .endsWith(", desk-day (or add it: 'knots activities' says how)");
  }

  @Test
  void should_write_a_new_routine_and_name_an_existing_yml_file_as_its_place() throws Exception {
    RoutineLibrary library = bundledOnly();
    Path user = home.resolve("config/routines");

    assertThat(library.newFile("mine")).isEqualTo(user.resolve("mine.yaml"));
    library.writeScaffold(library.newFile("mine"), "mine", Area.NECK);
    assertThat(new RoutineLoader().load(user.resolve("mine.yaml")).area()).isEqualTo(Area.NECK);
    assertThat(RoutineSchema.userCopy(user)).exists();
    Files.writeString(user.resolve("old.yml"), "x");
    assertThat(library.newFile("old")).isEqualTo(user.resolve("old.yml"));
  }
}
