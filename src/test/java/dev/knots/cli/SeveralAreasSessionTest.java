package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code knots session --area A,B} and {@code --after ACTIVITY}: the whole CLI, in-process. */
class SeveralAreasSessionTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/knots/cli/after");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private CliRun.Result run(String... args) {
    return new CliRun(home).run(args);
  }

  private CliRun.Result dryRun(String... args) {
    List<String> all = new ArrayList<>(List.of("session"));
    all.addAll(List.of(args));
    all.addAll(List.of("--dry-run", "--format", "json", "--answer", "none"));
    return run(all.toArray(String[]::new));
  }

  @Nested
  class Golden_dry_runs {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "after-running|--after|running",
          "after-squats-deadlifts|--after|squats,deadlifts",
          "area-neck-shoulders|--area|neck,shoulders"
        })
    void should_print_the_combined_plan_as_the_golden_file_says(
        String name, String option, String value) throws Exception {
      CliRun.Result result = dryRun(option, value, "--answer", "pain=3");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      Path golden = GOLDEN.resolve(name + ".json");
      if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
      }
      assertThat(result.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      JsonNode plan = JSON.readTree(result.out());
      long total = 0;
      for (JsonNode step : plan.path("steps")) {
        assertThat(step.path("area").asText()).isNotBlank();
      }
      total = plan.path("totalSeconds").asLong();
      if (plan.path("shorterThanAskedSeconds").asLong() == 0) {
        assertThat(total).isBetween(600L - 15, 600L + 15);
      } else {
        assertThat(total).isLessThan(600L);
      }
    }
  }

  @Nested
  class Safety_check_over_the_union {
    @Test
    void should_ask_the_pain_rating_for_each_area_when_not_answered_for_every_area() {
      CliRun.Result result = dryRun("--area", "calves,hamstrings", "--answer", "pain:calves=2");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("pain:hamstrings");
    }

    @Test
    void should_stop_the_whole_session_when_one_area_hurts_severely() {
      CliRun.Result result =
          dryRun(
              "--area",
              "calves,hamstrings",
              "--answer",
              "pain:calves=2",
              "--answer",
              "pain:hamstrings=8");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
      assertThat(result.err()).contains("severe-pain");
    }

    @Test
    void should_leave_out_only_the_injured_areas_steps() throws Exception {
      CliRun.Result result =
          run(
              "session",
              "--area",
              "calves,hamstrings",
              "--dry-run",
              "--format",
              "json",
              "--answer",
              "emergency=none",
              "--answer",
              "urgent=none",
              "--answer",
              "soon=none",
              "--answer",
              "precautions=yes",
              "--answer",
              "recent-injury:calves=yes",
              "--answer",
              "recent-injury:hamstrings=no",
              "--answer",
              "feeling-unwell=no",
              "--answer",
              "blood-thinners=no",
              "--answer",
              "varicose-veins=no",
              "--answer",
              "osteoporosis=no",
              "--answer",
              "pregnancy=no",
              "--answer",
              "known-clot=no",
              "--answer",
              "fracture=no",
              "--answer",
              "cancer-in-area=no",
              "--answer",
              "implant=no",
              "--answer",
              "reduced-feeling=no",
              "--answer",
              "broken-skin=no",
              "--answer",
              "pain=3");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      JsonNode plan = JSON.readTree(result.out());
      for (JsonNode step : plan.path("steps")) {
        String status = step.path("status").asText();
        switch (step.path("area").asText()) {
          case "calves" -> {
            if (!step.path("kind").asText().equals("rest")
                && !step.path("kind").asText().equals("breathe")) {
              assertThat(status).as(step.toString()).isEqualTo("skipped");
              assertThat(step.path("reasons").toString()).contains("no session for the calves");
            }
          }
          case "hamstrings" -> assertThat(status).as(step.toString()).isEqualTo("kept");
          default -> throw new AssertionError(step.toString());
        }
      }
      assertThat(result.err()).contains("No session for the calves today");
    }

    @Test
    void should_ask_in_which_area_a_precaution_about_the_area_applies() {
      CliRun.Result result =
          dryRun("--area", "calves,hamstrings", "--answer", "fracture=yes", "--answer", "pain=2");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("fracture:calves");
    }
  }

  @Nested
  class Bad_input {
    @Test
    void should_take_an_area_named_twice_once() throws Exception {
      CliRun.Result result = dryRun("--area", "calves,calf", "--answer", "pain=1");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(JSON.readTree(result.out()).path("areas").toString()).isEqualTo("[\"calves\"]");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "--area|calves,|an empty area name",
          "--area|,|an empty area name",
          "--area|neck,shoulders,chest,forearms,glutes,hips,calves|at most 6",
          "--area|calves,calfs|did you mean 'calves'",
          "--after|runing|did you mean 'running'",
          "--after|running,|an empty activity name"
        })
    void should_refuse_with_a_usage_error(String option, String value, String message) {
      CliRun.Result result = run("session", option, value, "--answer", "none");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    void should_refuse_area_and_after_together() {
      CliRun.Result result = run("session", "--area", "neck", "--after", "running");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("give --area or --after, not both");
    }

    @Test
    void should_refuse_a_routine_for_several_areas() {
      CliRun.Result result = run("session", "--area", "calves,quads", "--routine", "calf-release");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("--routine is for one area");
    }

    @Test
    void should_list_the_activities_with_an_unknown_one() {
      CliRun.Result result = run("session", "--after", "curling");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("use one of: running, cycling");
    }
  }

  @Nested
  class Activities {
    @Test
    void should_list_every_bundled_activity() {
      CliRun.Result result = run("activities");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      for (String name :
          List.of(
              "running",
              "cycling",
              "swimming",
              "rowing",
              "squats",
              "deadlifts",
              "bench-press",
              "overhead-press",
              "pull-ups",
              "climbing",
              "tennis",
              "padel",
              "football",
              "hiking",
              "yoga",
              "desk-day")) {
        assertThat(result.out()).contains("  " + name + " ");
      }
    }

    @Test
    void should_add_a_users_activity_and_leave_out_a_broken_one_at_its_line() throws Exception {
      Path config = home.resolve("config");
      Files.createDirectories(config);
      Files.writeString(
          config.resolve("activities.yaml"),
          "kayaking:\n  shoulders: 3\n  upper-back: 2\nskiing:\n  quads: 3\n  calfs: 2\n");

      CliRun.Result list = run("activities");
      CliRun.Result session = dryRun("--after", "kayaking", "--answer", "pain=1");

      assertThat(list.out()).contains("kayaking").doesNotContain("skiing");
      assertThat(list.err()).contains("activities.yaml:6:3: unknown area 'calfs' in skiing");
      assertThat(list.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
      assertThat(session.exitCode()).as(session.toString()).isZero();
      assertThat(session.out()).contains("\"shoulders\"", "\"upper-back\"");
    }
  }
}
