package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionDryRunTest {
  private static final String[] PREGNANT = {
    "--answer", "emergency=none",
    "--answer", "urgent=none",
    "--answer", "soon=none",
    "--answer", "precautions=yes",
    "--answer", "recent-injury=no",
    "--answer", "feeling-unwell=no",
    "--answer", "blood-thinners=no",
    "--answer", "varicose-veins=no",
    "--answer", "osteoporosis=no",
    "--answer", "pregnancy=yes",
    "--answer", "high-risk-pregnancy=no",
    "--answer", "known-clot=no",
    "--answer", "fracture=no",
    "--answer", "cancer-in-area=no",
    "--answer", "implant=no",
    "--answer", "reduced-feeling=no",
    "--answer", "broken-skin=no",
    "--answer", "pain=3"
  };

  @TempDir Path home;

  private CliRun.Result run(String... args) {
    return new CliRun(home).run(args);
  }

  private CliRun.Result session(String area, String... more) {
    List<String> args = new ArrayList<>(List.of("session", "--area", area, "--dry-run"));
    args.addAll(List.of(PREGNANT));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private void assertNothingRecorded() {
    CliRun.Result history = run("history", "--format", "json");
    assertThat(history.out().strip()).as(history.toString()).isEqualTo("[]");
  }

  @Test
  void should_print_the_plan_after_the_check_and_record_nothing() {
    CliRun.Result result = session("quads");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Pregnancy: left out: Quads on the roller (it is done lying face-down)")
        .contains("skipped  Quads on the roller")
        .contains("- Pregnancy: it is done lying face-down")
        .contains("adapted  Thumb on a knot")
        .contains("- Pregnancy: pressure lowered from moderate to light")
        .contains("Total: 4m10s (3 of 4 steps, getting into position included)")
        .doesNotContain("Step 1 of");
    assertNothingRecorded();
  }

  @Test
  void should_print_the_plan_as_json_with_the_names_of_the_contract() throws Exception {
    CliRun.Result result = session("quads", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.path("areas").get(0).asText()).isEqualTo("quads");
    assertThat(json.path("level").asText()).isEqualTo("SELF_CARE");
    assertThat(json.path("sessionAllowed").asBoolean()).isTrue();
    JsonNode first = json.path("steps").get(0);
    for (String name :
        List.of(
            "area",
            "name",
            "kind",
            "sides",
            "position",
            "over",
            "pressure",
            "seconds",
            "status",
            "reasons")) {
      assertThat(first.has(name)).as(name).isTrue();
    }
    assertThat(first.path("status").asText()).isEqualTo("skipped");
    long total = 0;
    for (JsonNode step : json.path("steps")) {
      if (!step.path("status").asText().equals("skipped")) {
        // each side, led into by the default 5 s lead-in
        int sides = step.path("sides").asText().equals("both") ? 2 : 1;
        total += (step.path("seconds").asLong() + 5) * sides;
      }
    }
    assertThat(json.path("totalSeconds").asLong()).isEqualTo(total);
    // the outcome went to stderr: stdout is the JSON alone
    assertThat(result.err()).contains("For your session:");
    assertNothingRecorded();
  }

  @Test
  void should_exit_3_when_the_check_stops_the_session_and_record_nothing() throws Exception {
    CliRun.Result result =
        run(
            "session",
            "--area",
            "calves",
            "--dry-run",
            "--format",
            "json",
            "--answer",
            "none",
            "--answer",
            "pain=8");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.path("sessionAllowed").asBoolean()).isFalse();
    assertThat(json.path("level").asText()).isEqualTo("URGENT");
    assertThat(json.path("steps")).isEmpty();
    assertNothingRecorded();
  }

  @Test
  void should_say_when_scaling_leaves_the_session_shorter_than_asked() {
    CliRun.Result result =
        run(
            "session",
            "--area",
            "calves",
            "--dry-run",
            "--minutes",
            "120",
            "--answer",
            "none",
            "--answer",
            "pain=2");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Calves on the roller - foam-roll, gastrocnemius, 2m each side")
        .contains("shorter than the 120 min asked");
  }

  @Test
  void should_accept_the_options_that_do_nothing_in_a_dry_run() {
    CliRun.Result result = session("quads", "--plain", "--voice", "--no-sound");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("skipped  Quads on the roller");
  }

  @Test
  void should_refuse_format_without_dry_run() {
    CliRun.Result result = run("session", "--area", "quads", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--format is for --dry-run");
  }

  @Test
  void should_still_need_every_answer_in_a_dry_run() {
    CliRun.Result result = run("session", "--area", "quads", "--dry-run");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("never taken as no");
  }
}
