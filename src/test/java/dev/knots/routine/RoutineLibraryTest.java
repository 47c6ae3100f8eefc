package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineLibraryTest {
  @TempDir Path dir;

  private static String routine(String name, String area) {
    return "name: "
        + name
        + "\narea: "
        + area
        + "\nsteps:\n  - name: Rest\n    kind: rest\n    duration: 30s\n";
  }

  @Test
  void should_list_the_bundled_routines_when_the_user_folder_is_missing() {
    RoutineLibrary library = new RoutineLibrary(dir.resolve("absent"));

    assertThat(library.inForce()).isNotEmpty();
    assertThat(library.inForce())
        .allSatisfy(r -> assertThat(r.origin()).isEqualTo(LocatedRoutine.Origin.BUNDLED));
    assertThat(library.invalid()).isEmpty();
  }

  @Test
  void should_have_a_bundled_routine_for_every_area() {
    RoutineLibrary library = new RoutineLibrary(dir);

    for (Area area : Area.values()) {
      assertThat(library.forArea(area)).as(area.id()).isNotEmpty();
    }
  }

  @Test
  void should_let_a_user_file_replace_the_bundled_one_when_the_name_is_the_same() throws Exception {
    String bundledName = BundledRoutines.fileNames().get(0).replace(".yaml", "");
    Files.writeString(dir.resolve(bundledName + ".yaml"), routine("Mine", "feet"));
    RoutineLibrary library = new RoutineLibrary(dir);

    LocatedRoutine found = library.byName(bundledName.toUpperCase()).orElseThrow();

    assertThat(found.origin()).isEqualTo(LocatedRoutine.Origin.USER);
    assertThat(found.routine().name()).isEqualTo("Mine");
    assertThat(library.shadowed()).extracting(LocatedRoutine::name).containsExactly(bundledName);
    assertThat(library.bundled(bundledName).orElseThrow().origin())
        .isEqualTo(LocatedRoutine.Origin.BUNDLED);
  }

  @Test
  void should_report_broken_user_files_when_listing() throws Exception {
    Files.writeString(dir.resolve("good-one.yaml"), routine("Good", "feet"));
    Files.writeString(dir.resolve("broken.yaml"), "name: [\n");
    Files.writeString(dir.resolve("notes.txt"), "not a routine");
    RoutineLibrary library = new RoutineLibrary(dir);

    assertThat(library.byName("good-one")).isPresent();
    assertThat(library.invalid()).extracting(InvalidRoutineFile::name).containsExactly("broken");
    assertThat(library.invalid().get(0).problems()).isNotEmpty();
  }

  @Test
  void should_find_nothing_when_the_name_is_a_path() {
    RoutineLibrary library = new RoutineLibrary(dir);

    assertThat(library.byName("../../etc/passwd")).isEmpty();
    assertThat(library.byName("")).isEmpty();
  }

  @Test
  void should_show_a_bundled_location_when_the_routine_is_bundled() {
    LocatedRoutine any = new RoutineLibrary(dir).inForce().get(0);

    assertThat(any.location()).startsWith("bundled:").endsWith(".yaml");
  }

  @Test
  void should_bundle_every_file_of_the_routines_folder_in_name_order() throws Exception {
    List<String> onDisk;
    try (Stream<Path> files = Files.list(Path.of("routines"))) {
      onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
    }

    assertThat(BundledRoutines.fileNames()).isSorted().containsExactlyElementsOf(onDisk);
  }

  @Test
  void should_give_an_area_the_same_routines_before_and_after_a_whole_scan() throws Exception {
    String calves = BundledRoutines.forArea(Area.CALVES).get(0).name();
    String feet = BundledRoutines.forArea(Area.FEET).get(0).name();
    // a user file that takes a calves routine's name away, and one that turns a feet name to calves
    Files.writeString(dir.resolve(calves + ".yaml"), routine("Now feet", "feet"));
    Files.writeString(dir.resolve(feet + ".yaml"), routine("Now calves", "calves"));
    Files.writeString(dir.resolve("my-calves.yaml"), routine("Mine", "calves"));

    for (Area area : Area.values()) {
      List<LocatedRoutine> first = new RoutineLibrary(dir).forArea(area);
      RoutineLibrary scanned = new RoutineLibrary(dir);
      scanned.inForce();

      assertThat(first).as(area.id()).isEqualTo(scanned.forArea(area));
    }
    assertThat(new RoutineLibrary(dir).forArea(Area.CALVES))
        .extracting(r -> r.routine().name())
        .contains("Now calves", "Mine")
        .doesNotContain("Now feet");
  }
}
