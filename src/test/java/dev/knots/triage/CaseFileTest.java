package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a case file, and what the self-test makes of each case. */
class CaseFileTest {
  private static final CaseFile FILE = new CaseFile(CatalogueLoader.bundled());
  private static final SelfTest SELF_TEST =
      new SelfTest(new TriageEngine(CatalogueLoader.bundled(), "112"));

  private static String one(String area, String answers, String level, boolean allowed) {
    return "cases:\n"
        + "  - id: c1\n"
        + "    area: "
        + area
        + "\n    answers: ["
        + answers
        + "]\n    expect: {level: "
        + level
        + ", allowed: "
        + allowed
        + "}\n    why: because\n    codes: [E1]\n";
  }

  private static List<String> problems(String text) {
    try {
      FILE.parse("f.yaml", text);
    } catch (CaseFileException e) {
      return e.problems();
    }
    throw new AssertionError("no problem found in:\n" + text);
  }

  @Test
  void should_read_a_case_with_its_place() throws Exception {
    List<TriageCase> cases = FILE.parse("f.yaml", one("calves", "none, pain=2", "SELF_CARE", true));

    assertThat(cases)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("c1");
              assertThat(c.area()).isEqualTo(Area.CALVES);
              assertThat(c.answers()).containsExactly("none", "pain=2");
              assertThat(c.where()).isEqualTo("f.yaml:2:5");
              assertThat(c.lookAlike()).isFalse();
            });
  }

  @Test
  void should_place_broken_yaml_at_its_line_and_column() {
    assertThat(problems("cases:\n  - id: a\n    answers: [none, pain=2\n"))
        .singleElement()
        .asString()
        .startsWith("f.yaml:3:27: not valid YAML: while parsing a flow sequence");
  }

  @Test
  void should_name_an_unknown_answer_id_area_level_and_code() {
    List<String> problems =
        problems(one("calvs", "none, pian=3", "FINE", true).replace("[E1]", "[E1, Z9]"));

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("f.yaml:2:5: case 'c1': unknown area 'calvs'"))
        .anySatisfy(p -> assertThat(p).contains("unknown level 'FINE'"))
        .anySatisfy(p -> assertThat(p).contains("unknown reference code 'Z9'"));
    assertThat(problems(one("calves", "none, pian=3", "SELF_CARE", true)))
        .singleElement()
        .asString()
        .contains("case 'c1': answers: unknown answer id 'pian'");
  }

  @Test
  void should_refuse_missing_fields_twice_used_ids_and_other_keys() {
    assertThat(problems("cases:\n  - id: a\n"))
        .anySatisfy(p -> assertThat(p).contains("missing 'area'"))
        .anySatisfy(p -> assertThat(p).contains("'answers' must be a list"))
        .anySatisfy(p -> assertThat(p).contains("'allowed' must be true or false"))
        .anySatisfy(p -> assertThat(p).contains("missing 'why'"));
    String twice = one("calves", "none, pain=2", "SELF_CARE", true);
    assertThat(problems(twice + twice.substring("cases:\n".length())))
        .singleElement()
        .asString()
        .contains("f.yaml:8:5: case 'c1': the id is used twice");
    assertThat(problems("other: 1\n"))
        .anySatisfy(p -> assertThat(p).contains("unknown key 'other'"))
        .anySatisfy(p -> assertThat(p).contains("no 'cases:' list"));
    assertThat(problems("- a\n")).singleElement().asString().contains("expected 'cases:'");
    assertThat(problems("cases: 3\n")).singleElement().asString().contains("must be a list");
    assertThat(problems("cases:\n  - 3\n")).singleElement().asString().contains("a mapping");
    assertThat(problems(one("calves", "none", "SELF_CARE", true).replace("[E1]", "[]")))
        .singleElement()
        .asString()
        .contains("at least one reference code");
  }

  @Test
  void should_call_a_higher_level_or_a_lost_session_over_triage() throws Exception {
    assertThat(verdict("calves", "none, pain=8", "SOON", true))
        .isEqualTo(SelfTest.Verdict.OVER_TRIAGED);
    assertThat(verdict("calves", "none, recent-injury=yes, pain=2", "SELF_CARE", true))
        .isEqualTo(SelfTest.Verdict.OVER_TRIAGED);
  }

  @Test
  void should_call_a_lower_level_or_a_session_that_should_not_run_under_triage() throws Exception {
    assertThat(verdict("calves", "none, pain=2", "URGENT", false))
        .isEqualTo(SelfTest.Verdict.UNDER_TRIAGED);
    assertThat(verdict("calves", "none, pain=2", "SELF_CARE", false))
        .isEqualTo(SelfTest.Verdict.UNDER_TRIAGED);
    assertThat(verdict("calves", "none, pain=2", "SELF_CARE", true))
        .isEqualTo(SelfTest.Verdict.PASS);
  }

  @Test
  void should_fail_a_case_whose_answers_do_not_decide_naming_the_question() throws Exception {
    TriageCase c = FILE.parse("f.yaml", one("calves", "none", "SELF_CARE", true)).get(0);

    SelfTest.Result result = SELF_TEST.run(c);

    assertThat(result.verdict()).isEqualTo(SelfTest.Verdict.INCOMPLETE);
    assertThat(result.line()).startsWith("FAIL").contains("needs an answer to 'pain'");
    assertThat(SelfTest.allPassed(List.of(result))).isFalse();
    assertThat(SelfTest.summary(List.of(result)))
        .isEqualTo("1 cases: 0 passed, 0 over-triaged, 0 under-triaged, 1 incomplete");
  }

  private static SelfTest.Verdict verdict(String area, String answers, String level, boolean ok)
      throws CaseFileException {
    return SELF_TEST.run(FILE.parse("f.yaml", one(area, answers, level, ok)).get(0)).verdict();
  }
}
