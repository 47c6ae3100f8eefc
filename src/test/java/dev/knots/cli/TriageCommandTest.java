package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriageCommandTest {
  @TempDir Path home;

  private CliRun cli() {
    return new CliRun(home);
  }

  private static JsonNode json(CliRun.Result result) throws Exception {
    return new ObjectMapper().readTree(result.out());
  }

  @Test
  void should_exit_0_with_self_care_when_every_list_is_none_and_pain_is_low() {
    CliRun.Result r =
        cli().run("triage", "--area", "calves", "--answer", "none", "--answer", "pain=3");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Self-care is reasonable today").doesNotContain("112");
  }

  @Test
  void should_exit_3_with_the_emergency_number_for_an_emergency_answer() {
    CliRun.Result r = cli().run("triage", "--area", "calves", "--answer", "chest-pain=yes");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(r.out()).contains("EMERGENCY", "CALL 112 NOW", "999", "911", "heart attack");
  }

  /** A check whose answers give SOON: pain running down one leg. */
  private CliRun.Result soonForTheLowerBack() {
    return cli()
        .run(
            "triage",
            "--area",
            "lower-back",
            "--answer",
            "none",
            "--answer",
            "pain=4",
            "--answer",
            "radiating-pain=yes");
  }

  @Test
  void should_exit_3_for_soon() {
    CliRun.Result r = soonForTheLowerBack();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(r.out()).contains("SOON", "within the next few days");
  }

  @Test
  void should_first_ask_whether_the_area_was_checked_after_advice_to_get_it_checked() {
    CliRun.Result soon = soonForTheLowerBack();
    assertThat(soon.exitCode()).as(soon.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);

    CliRun.Result next =
        cli().run("triage", "--area", "lower-back", "--answer", "none", "--answer", "pain=2");
    CliRun.Result otherArea =
        cli().run("triage", "--area", "calves", "--answer", "none", "--answer", "pain=2");

    // what the store knows is read before the quiz, and an unanswered follow-up is never a no
    assertThat(next.exitCode()).as(next.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(next.err()).contains("'checked-since'");
    assertThat(otherArea.exitCode()).as(otherArea.toString()).isEqualTo(ExitCode.OK);
  }

  @Test
  void should_exit_2_naming_the_question_when_stdin_is_closed() {
    CliRun.Result r = cli().run("triage", "--area", "calves");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no answer for 'emergency'", "never taken as no");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void should_exit_2_naming_the_pain_rating_when_only_the_lists_are_answered() {
    CliRun.Result r = cli().run("triage", "--area", "calves", "--answer", "none");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'pain'");
  }

  @Test
  void should_read_answers_from_stdin_one_per_line() {
    CliRun.Result r = cli().stdin("n\nn\nn\nn\n2\n").run("triage", "--area", "neck");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("Do any of these apply to you right now?");
    assertThat(r.out()).contains("Self-care");
  }

  @Test
  void should_drill_down_on_stdin_and_stop_at_the_first_emergency_yes() {
    CliRun.Result r = cli().stdin("y\nn\ny\n").run("triage", "--area", "neck", "--format", "json");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
    assertThat(r.out()).contains("\"sudden-breathlessness\"");
  }

  @Test
  void should_exit_2_for_an_answer_that_is_not_yes_or_no_on_stdin() {
    CliRun.Result r = cli().stdin("perhaps\n").run("triage", "--area", "neck");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'perhaps'");
  }

  @Test
  void should_exit_2_listing_the_valid_ids_for_an_unknown_id() {
    CliRun.Result r = cli().run("triage", "--area", "calves", "--answer", "chestpain=yes");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("unknown answer id 'chestpain'", "chest-pain", "one-limb-swelling");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void should_print_the_outcome_as_json() throws Exception {
    CliRun.Result r =
        cli()
            .run(
                "triage",
                "--area",
                "calves",
                "--answer",
                "none",
                "--answer",
                "pain=2",
                "--answer",
                "varicose-veins=yes",
                "--format",
                "json");

    JsonNode j = json(r);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(j.path("level").asText()).isEqualTo("SELF_CARE");
    assertThat(j.path("sessionAllowed").asBoolean()).isTrue();
    assertThat(j.path("requiresAcknowledgement").asBoolean()).isFalse();
    assertThat(j.path("reasons").isArray()).isTrue();
    assertThat(j.path("advice").asText()).isNotBlank();
    assertThat(j.path("area").asText()).isEqualTo("calves");
    assertThat(j.path("restrictions").path("stepCues").get(0).asText()).contains("veins");
    assertThat(j.path("answers").path("pain").asInt()).isEqualTo(2);
  }

  @Test
  void should_mark_soon_as_allowed_with_acknowledgement_in_json() throws Exception {
    JsonNode j =
        json(
            cli()
                .run(
                    "triage",
                    "--area",
                    "neck",
                    "--answer",
                    "none",
                    "--answer",
                    "pain=2",
                    "--answer",
                    "not-improving=yes",
                    "--format",
                    "json"));

    assertThat(j.path("level").asText()).isEqualTo("SOON");
    assertThat(j.path("sessionAllowed").asBoolean()).isTrue();
    assertThat(j.path("requiresAcknowledgement").asBoolean()).isTrue();
    assertThat(j.path("reasons").get(0).path("id").asText()).isEqualTo("not-improving");
    assertThat(j.path("reasons").get(0).path("text").asText()).isNotBlank();
  }

  @Test
  void should_mark_a_stopping_precaution_as_no_session_in_json() throws Exception {
    CliRun.Result r =
        cli()
            .run(
                "triage",
                "--area",
                "neck",
                "--answer",
                "none",
                "--answer",
                "pain=2",
                "--answer",
                "recent-injury=yes",
                "--format",
                "json");

    JsonNode j = json(r);
    assertThat(r.exitCode()).isZero();
    assertThat(j.path("sessionAllowed").asBoolean()).isFalse();
    assertThat(j.path("restrictions").path("noSessionToday").asBoolean()).isTrue();
    assertThat(j.path("restrictions").path("comeBack").asText()).contains("72 hours");
  }

  @Test
  void should_mark_urgent_as_no_session_in_json() throws Exception {
    JsonNode j =
        json(
            cli()
                .run(
                    "triage",
                    "--area",
                    "feet",
                    "--answer",
                    "emergency=none",
                    "--answer",
                    "diabetic-foot=yes",
                    "--format",
                    "json"));

    assertThat(j.path("level").asText()).isEqualTo("URGENT");
    assertThat(j.path("sessionAllowed").asBoolean()).isFalse();
  }

  @Test
  void should_list_the_questions_for_an_area_as_json() throws Exception {
    CliRun.Result r = cli().run("triage", "--list", "--area", "calves", "--format", "json");

    JsonNode j = json(r);
    assertThat(r.exitCode()).isZero();
    assertThat(j.path("area").asText()).isEqualTo("calves");
    JsonNode first = j.path("questions").get(0);
    assertThat(first.path("id").asText()).isEqualTo("chest-pain");
    assertThat(first.path("level").asText()).isEqualTo("EMERGENCY");
    assertThat(first.path("question").toString()).contains("in your chest");
    assertThat(r.out())
        .contains("\"one-limb-swelling\"", "\"varicose-veins\"", "\"pain\"")
        .doesNotContain("\"tearing-pain\"");
  }

  @Test
  void should_name_in_the_json_list_the_precaution_a_follow_up_is_asked_after() throws Exception {
    JsonNode questions =
        json(cli().run("triage", "--list", "--area", "calves", "--format", "json"))
            .path("questions");

    List<String> followUps = new ArrayList<>();
    for (JsonNode q : questions) {
      if (q.has("after")) {
        followUps.add(q.path("id").asText() + " after " + q.path("after").asText());
      }
    }
    assertThat(followUps).containsExactly("high-risk-pregnancy after pregnancy");
  }

  @Test
  void should_list_the_questions_as_text() {
    CliRun.Result r = cli().run("triage", "--list", "--area", "neck");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("EMERGENCY", "neck-artery-signs", "PAIN")
        .doesNotContain("varicose-veins");
  }

  @Test
  void should_list_what_a_person_reads_in_order_with_the_follow_up_of_pregnancy() {
    CliRun.Result r = cli().run("triage", "--list", "--area", "lower-back");

    String out = r.out();
    assertThat(out)
        .contains(
            "Do any of these apply to you right now?",
            "After a yes, one by one:",
            "  high-risk-pregnancy (asked only after pregnancy=yes):",
            "    Has your midwife or doctor said that your pregnancy is high-risk?",
            "at rest (not when you press the knot)");
    assertThat(out.indexOf("EMERGENCY")).isLessThan(out.indexOf("URGENT"));
    assertThat(out.indexOf("  chest-pain:")).isLessThan(out.indexOf("URGENT"));
    assertThat(out.indexOf("    - Your midwife or doctor has said")).isEqualTo(-1);
  }

  @Test
  void should_ignore_symptoms_still_there_without_earlier_advice_with_a_note() {
    CliRun.Result r =
        cli()
            .run(
                "triage",
                "--area",
                "calves",
                "--answer",
                "none",
                "--answer",
                "pain=2",
                "--answer",
                "symptoms-still-there=yes");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("note: --answer symptoms-still-there is ignored");
  }

  @Test
  void should_stop_the_session_for_a_known_clot_in_json() throws Exception {
    JsonNode j =
        json(
            cli()
                .run(
                    "triage",
                    "--area",
                    "calves",
                    "--answer",
                    "none",
                    "--answer",
                    "pain=2",
                    "--answer",
                    "known-clot=yes",
                    "--format",
                    "json"));

    assertThat(j.path("level").asText()).isEqualTo("SELF_CARE");
    assertThat(j.path("sessionAllowed").asBoolean()).isFalse();
    assertThat(j.path("restrictions").path("notes").toString()).contains("Instead");
  }

  @Test
  void should_run_the_bundled_self_test_and_exit_0() {
    CliRun.Result r = cli().run("triage", "--self-test");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("pass  two-sore-calves-after-a-run").contains("0 under-triaged");
  }

  @Test
  void should_exit_1_when_a_case_fails_and_65_for_a_malformed_case_file() throws Exception {
    Path failing = home.resolve("failing.yaml");
    Files.writeString(
        failing,
        "cases:\n  - id: c1\n    area: calves\n    answers: [none, pain=2]\n"
            + "    expect: {level: URGENT, allowed: false}\n    why: x\n    codes: [E1]\n");
    Path broken = home.resolve("broken.yaml");
    Files.writeString(broken, "cases:\n  - id: c1\n    answers: [none\n");

    CliRun.Result fails = cli().run("triage", "--self-test", "--cases", failing.toString());
    CliRun.Result malformed = cli().run("triage", "--self-test", "--cases", broken.toString());
    CliRun.Result missing =
        cli().run("triage", "--self-test", "--cases", home.resolve("nope.yaml").toString());
    CliRun.Result alone = cli().run("triage", "--cases", failing.toString());

    assertThat(fails.exitCode()).isEqualTo(1);
    assertThat(fails.out()).contains("FAIL  c1", "under-triaged", "1 under-triaged");
    assertThat(malformed.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(malformed.err()).contains(broken + ":3:19: not valid YAML");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    assertThat(alone.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void should_need_an_area_to_list() {
    CliRun.Result r = cli().run("triage", "--list", "--format", "json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--area");
  }

  @Test
  void should_suggest_an_area_for_a_misspelt_one() {
    CliRun.Result r = cli().run("triage", "--area", "calvs", "--answer", "none");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("did you mean 'calves'", "use one of: neck");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc", "/tmp/calves", "a\\b"})
  void should_refuse_a_path_as_area(String area) {
    CliRun.Result r = cli().run("triage", "--area", area);

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("not a path");
  }

  @Test
  void should_ask_every_question_without_an_area() {
    CliRun.Result r =
        cli()
            .run(
                "triage", "--answer", "none", "--answer", "pain=1", "--answer", "tearing-pain=yes");

    assertThat(r.exitCode()).isEqualTo(ExitCode.TRIAGE_ADVISED_CARE);
  }

  @Test
  void should_ask_one_by_one_when_thorough() {
    CliRun.Result r = cli().run("triage", "--area", "neck", "--thorough");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no answer for 'chest-pain'");
  }

  @Test
  void should_colour_the_level_only_when_colour_is_on() {
    CliRun.Result plain = cli().run("triage", "--answer", "stroke-signs=yes");
    CliRun.Result colour = cli().run("--color=always", "triage", "--answer", "stroke-signs=yes");

    assertThat(plain.out()).doesNotContain("\u001b[").contains("EMERGENCY");
    assertThat(colour.out()).contains("\u001b[").contains("EMERGENCY");
  }
}
