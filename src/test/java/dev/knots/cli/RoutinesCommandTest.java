package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoutinesCommandTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  private Path userDir() {
    return home.resolve("config/routines");
  }

  private static final String VALID =
      "name: Mine\narea: calves\nsteps:\n  - name: Rest\n    kind: rest\n    duration: 30s\n";

  private static Path invalidFolder() throws URISyntaxException {
    return Path.of(RoutinesCommandTest.class.getResource("/dev/knots/routine/invalid").toURI());
  }

  static Stream<String> invalidFiles() throws Exception {
    try (Stream<Path> files = Files.list(invalidFolder())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Nested
  class Validate {
    @Test
    void should_pass_the_bundled_library() {
      CliRun.Result r = cli().run("routines", "validate");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).isEqualTo("13 routines valid\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.knots.cli.RoutinesCommandTest#invalidFiles")
    void should_exit_65_with_the_golden_message_when_a_file_is_invalid(String file)
        throws Exception {
      Files.copy(invalidFolder().resolve(file), home.resolve(file));
      String expected =
          Files.readString(invalidFolder().resolve(file.replace(".yaml", ".expected.txt")));

      CliRun.Result r = cli().run("routines", "validate", file);

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(r.out()).isEqualTo(expected + "1 of 1 invalid\n");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_exit_66_when_a_path_is_missing() {
      CliRun.Result r = cli().run("routines", "validate", "nowhere.yaml");

      assertThat(r.exitCode()).isEqualTo(ExitCode.NO_INPUT);
      assertThat(r.err()).isEqualTo("knots: nowhere.yaml: no such file or folder\n");
    }

    @Test
    void should_count_every_file_of_a_folder_when_some_are_invalid() throws Exception {
      Path dir = Files.createDirectories(home.resolve("clinic"));
      Files.writeString(dir.resolve("one.yaml"), VALID);
      Files.writeString(dir.resolve("two.yml"), VALID);
      Files.writeString(dir.resolve("three.yaml"), "name: [\n");
      Files.writeString(dir.resolve("notes.txt"), "not a routine");

      CliRun.Result r = cli().run("routines", "validate", "clinic");

      assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(r.out()).startsWith("clinic/three.yaml:").endsWith("1 of 3 invalid\n");
    }

    @Test
    void should_check_nested_files_in_path_order_and_skip_hidden_ones_when_given_a_folder()
        throws Exception {
      Path dir = Files.createDirectories(home.resolve("clinic"));
      Files.createDirectories(dir.resolve("b-sub/deeper"));
      Files.createDirectories(dir.resolve(".hidden"));
      Files.createDirectories(dir.resolve("a-folder.yaml"));
      Files.writeString(dir.resolve("b-sub/deeper/z.yaml"), "name: [\n");
      Files.writeString(dir.resolve("b-sub/c.yml"), "name: [\n");
      Files.writeString(dir.resolve("a.yaml"), "name: [\n");
      Files.writeString(dir.resolve("b.yaml"), VALID);
      Files.writeString(dir.resolve(".hidden/h.yaml"), "name: [\n");
      Files.writeString(dir.resolve(".h.yaml"), "name: [\n");
      Files.writeString(dir.resolve("target.txt"), "name: [\n");
      Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("target.txt"));
      Files.createSymbolicLink(dir.resolve("dir-link.yaml"), dir.resolve("b-sub"));

      CliRun.Result r = cli().run("routines", "validate", "clinic");

      assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(r.out().lines().map(line -> line.replaceAll(":.*", "")))
          .containsExactly(
              "clinic/a.yaml",
              "clinic/b-sub/c.yml",
              "clinic/b-sub/deeper/z.yaml",
              "clinic/link.yaml",
              "4 of 5 invalid");
    }

    @Test
    void should_walk_a_folder_given_as_a_link_and_name_its_files_by_the_link() throws Exception {
      Path real = Files.createDirectories(home.resolve("dotfiles/routines"));
      Files.writeString(real.resolve("good.yaml"), VALID);
      Files.writeString(real.resolve("bad.yaml"), "name: [\n");
      Files.createDirectories(userDir().getParent());
      Files.createSymbolicLink(userDir(), real);
      Files.createSymbolicLink(home.resolve("linked"), real);

      CliRun.Result given = cli().run("routines", "validate", "linked");
      CliRun.Result all = cli().run("routines", "validate");

      assertThat(given.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(given.out()).startsWith("linked/bad.yaml:").endsWith("1 of 2 invalid\n");
      assertThat(all.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(all.out()).endsWith("1 of 15 invalid\n");
    }

    @Test
    void should_pass_a_new_routine_when_scaffolded() {
      CliRun.Result created = cli().run("routines", "new", "calf-extra", "--area", "calves");
      CliRun.Result checked = cli().run("routines", "validate");

      assertThat(created.exitCode()).as(created.toString()).isZero();
      assertThat(userDir().resolve("calf-extra.yaml")).exists();
      assertThat(home.resolve("config/schema/routine.schema.json")).exists();
      assertThat(checked.exitCode()).as(checked.toString()).isZero();
      assertThat(checked.out()).isEqualTo("14 routines valid\n");
    }
  }

  @Nested
  class New {
    @Test
    void should_refuse_to_overwrite_when_the_file_exists() {
      cli().run("routines", "new", "calf-extra", "--area", "calves");

      CliRun.Result again = cli().run("routines", "new", "calf-extra", "--area", "feet");

      assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(again.err()).contains("already exists").contains("routines edit calf-extra");
    }

    @Test
    void should_refuse_a_path_as_name() {
      CliRun.Result r = cli().run("routines", "new", "../../etc/evil", "--area", "calves");

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(home.resolve("etc")).doesNotExist();
    }

    @Test
    void should_suggest_an_area_when_misspelt() {
      CliRun.Result r = cli().run("routines", "new", "x", "--area", "hamstring");

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("did you mean 'hamstrings'?").contains("use one of: neck,");
      assertThat(r.err().lines()).hasSize(1);
    }
  }

  @Nested
  class List_ {
    @Test
    void should_say_which_is_in_force_when_a_user_file_replaces_a_bundled_one() throws Exception {
      Files.createDirectories(userDir());
      Files.writeString(userDir().resolve("calf-release.yaml"), VALID);

      CliRun.Result r = cli().run("routines", "list", "--area", "CALF");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .contains("calf-release")
          .contains(userDir().resolve("calf-release.yaml") + " (replaces the bundled one)")
          .doesNotContain("foot-release");
    }

    @Test
    void should_warn_about_broken_user_files_on_stderr() throws Exception {
      Files.createDirectories(userDir());
      Files.writeString(userDir().resolve("broken.yaml"), "steps: []\n");

      CliRun.Result r = cli().run("routines", "list");

      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).contains("skipped").contains("broken.yaml").contains("validate");
    }

    @Test
    void should_print_json_when_asked() throws Exception {
      CliRun.Result r = cli().run("routines", "list", "--format", "json");

      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.get("routines")).hasSize(13);
      JsonNode first = json.get("routines").get(0);
      assertThat(first.get("origin").asText()).isEqualTo("bundled");
      assertThat(first.get("totalSeconds").asInt()).isBetween(360, 720);
      assertThat(json.get("invalid")).isEmpty();
    }
  }

  @Nested
  class Show {
    @Test
    void should_show_steps_cautions_sources_and_location() {
      CliRun.Result r = cli().run("routines", "show", "Lower-Back-Release");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out())
          .contains("Lower back knot release (lower-back-release)")
          .contains("in total")
          .contains("Never roll directly on the lumbar spine")
          .contains("https://")
          .contains("File: bundled:lower-back-release.yaml");
    }

    @Test
    void should_suggest_a_name_when_misspelt() {
      CliRun.Result r = cli().run("routines", "show", "calf-relase");

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("did you mean 'calf-release'?");
    }

    @Test
    void should_refuse_a_path_as_name() {
      CliRun.Result r = cli().run("routines", "show", "../../etc/passwd");

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("lower-case words and dashes");
    }
  }

  @Nested
  class Edit {
    private Path editor(String body) throws Exception {
      Path script = home.resolve("fake-editor.sh");
      Files.writeString(script, "#!/bin/sh\n" + body + "\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
      return script;
    }

    @Test
    void should_copy_a_bundled_routine_then_open_the_editor_with_the_file() throws Exception {
      Path log = home.resolve("args.txt");
      Path script = editor("for a in \"$@\"; do echo \"$a\" >> '" + log + "'; done");

      CliRun.Result r =
          cli().env("EDITOR", script + " --wait").run("routines", "edit", "calf-release");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      Path copy = userDir().resolve("calf-release.yaml");
      assertThat(Files.readAllLines(log)).containsExactly("--wait", copy.toString());
      assertThat(Files.readString(copy))
          .startsWith("# yaml-language-server: $schema=../schema/routine.schema.json\n")
          .contains("name: Calf knot release");
      assertThat(r.out()).contains("Copied the bundled routine").contains("is valid");
    }

    @Test
    void should_prefer_visual_to_editor() throws Exception {
      Path log = home.resolve("which.txt");
      Path visual = editor("echo visual > '" + log + "'");

      CliRun.Result r =
          cli()
              .env("VISUAL", visual.toString())
              .env("EDITOR", "/bin/false")
              .run("routines", "edit", "foot-release");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(Files.readString(log)).isEqualTo("visual\n");
    }

    @Test
    void should_exit_65_with_the_problems_when_the_edit_breaks_the_file_and_stdin_is_no_terminal()
        throws Exception {
      Path script = editor("echo 'kind: nonsense' >> \"$1\"");

      CliRun.Result r =
          cli().env("EDITOR", script.toString()).run("routines", "edit", "calf-release");

      assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(r.out()).contains("calf-release.yaml:").contains("unknown routine key 'kind'");
    }

    @Test
    void should_reopen_the_editor_when_asked_after_an_error() throws Exception {
      Path count = home.resolve("count.txt");
      // first run breaks the file, second run repairs it
      Path script =
          editor(
              "echo x >> '"
                  + count
                  + "'\nif [ $(wc -l < '"
                  + count
                  + "') -eq 1 ]; then echo 'oops: 1' >> \"$1\"; else sed -i '/^oops/d' \"$1\"; fi");

      CliRun.Result r =
          cli()
              .env("EDITOR", script.toString())
              .terminal(true, true)
              .stdin("y\n")
              .run("routines", "edit", "calf-release");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(Files.readAllLines(count)).hasSize(2);
      assertThat(r.out()).contains("unknown routine key 'oops'").contains("Open the editor again");
    }

    @Test
    void should_say_how_to_set_an_editor_when_none_is_set() {
      CliRun.Result r = cli().run("routines", "edit", "calf-release");

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("EDITOR");
    }
  }

  @Nested
  class Areas {
    @Test
    void should_draw_the_body_map_with_every_area() {
      CliRun.Result r = cli().run("areas");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("FRONT").contains("BACK").contains("lower-back (lumbar)");
      assertThat(r.out()).doesNotContain("··");
    }

    @Test
    void should_list_areas_with_their_routines_in_json() throws Exception {
      CliRun.Result r = cli().run("areas", "--format", "json");

      JsonNode areas = new ObjectMapper().readTree(r.out()).get("areas");
      assertThat(areas).hasSize(13);
      assertThat(areas.get(0).get("id").asText()).isEqualTo("neck");
      assertThat(areas.get(0).get("routines")).isNotEmpty();
    }
  }

  @Test
  void should_print_a_draft_07_schema() throws Exception {
    CliRun.Result r = cli().run("routines", "schema");

    assertThat(r.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("$schema").asText()).contains("draft-07");
  }
}
