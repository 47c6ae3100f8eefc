package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedPathsTest {
  @TempDir Path dir;

  @Test
  void should_check_the_files_there_and_name_the_paths_missing_in_order() throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), "steps: []\n");
    RoutineCheck check = new RoutineCheck(dir);

    CheckedPaths found =
        CheckedPaths.given(check, dir, List.of(Path.of("gone.yaml"), Path.of("broken.yaml")));

    assertThat(found.failures()).containsExactly("gone.yaml: no such file or folder");
    assertThat(found.missing()).isEqualTo(1);
    assertThat(found.results()).hasSize(1);
    assertThat(found.results().get(0).valid()).isFalse();
    assertThat(found.anyUnreadable()).isTrue();
  }

  @Test
  void should_check_the_bundled_routines_and_skip_a_user_folder_that_is_not_there() {
    CheckedPaths found =
        CheckedPaths.bundledAndUser(new RoutineCheck(dir), dir.resolve("routines"));

    assertThat(found.results())
        .hasSize(BundledRoutines.fileNames().size())
        .allMatch(c -> c.valid());
    assertThat(found.failures()).isEmpty();
    assertThat(found.anyUnreadable()).isFalse();
  }
}
