package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routines edit: an editor path with spaces, a failed start, a link in the way. */
class RoutinesEditHardeningTest {
  @TempDir Path home;

  private Path routines() {
    return home.resolve("config/routines");
  }

  @Test
  void should_run_an_editor_whose_path_has_spaces() throws Exception {
    Path folder = Files.createDirectories(home.resolve("My Editor"));
    Path log = home.resolve("args.txt");
    Path editor =
        Files.writeString(folder.resolve("edit"), "#!/bin/sh\necho \"$1\" > '" + log + "'\n");
    Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));

    CliRun.Result r =
        new CliRun(home).env("EDITOR", editor.toString()).run("routines", "edit", "calf-release");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(log)).contains("calf-release.yaml");
  }

  @Test
  void should_leave_no_copy_behind_when_the_editor_cannot_start() {
    CliRun.Result r =
        new CliRun(home).env("EDITOR", "/no/such/editor").run("routines", "edit", "calf-release");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).contains("cannot start the editor");
    assertThat(routines().resolve("calf-release.yaml")).doesNotExist();
    CliRun.Result list = new CliRun(home).run("routines", "list");
    assertThat(list.out()).containsPattern("calf-release .*bundled");
  }

  @Test
  void should_never_write_through_a_dangling_link() throws Exception {
    Path target = home.resolve("elsewhere.yaml");
    Files.createDirectories(routines());
    Files.createSymbolicLink(routines().resolve("calf-release.yaml"), target);

    CliRun.Result r =
        new CliRun(home).env("EDITOR", "/bin/true").run("routines", "edit", "calf-release");

    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.err()).contains("in the way");
    assertThat(target).doesNotExist();
  }
}
