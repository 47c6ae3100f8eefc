package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The build runs the same cases.yaml that ships with knots and that --self-test runs. */
class BundledCasesTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  static List<TriageCase> bundled() throws IOException, CaseFileException {
    try (InputStream in = CaseFile.class.getResourceAsStream(CaseFile.BUNDLED)) {
      assertThat(in).as(CaseFile.BUNDLED).isNotNull();
      return new CaseFile(CATALOGUE)
          .parse("cases.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void should_pass_every_bundled_case() throws Exception {
    List<SelfTest.Result> results = new SelfTest(new TriageEngine(CATALOGUE, "112")).run(bundled());

    assertThat(results)
        .filteredOn(r -> r.verdict() != SelfTest.Verdict.PASS)
        .extracting(SelfTest.Result::line)
        .isEmpty();
    assertThat(SelfTest.summary(results)).endsWith("0 over-triaged, 0 under-triaged, 0 incomplete");
  }

  @Test
  void should_hold_at_least_100_cases_a_third_of_them_benign_look_alikes() throws Exception {
    List<TriageCase> cases = bundled();

    assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
    long lookAlikes = cases.stream().filter(TriageCase::lookAlike).count();
    assertThat(lookAlikes * 3).isGreaterThanOrEqualTo(cases.size());
    assertThat(cases)
        .filteredOn(TriageCase::lookAlike)
        .allSatisfy(
            c -> {
              assertThat(c.level()).as(c.id()).isEqualTo(Level.SELF_CARE);
              assertThat(c.allowed()).as(c.id()).isTrue();
            });
  }

  @Test
  void should_fire_every_asked_flag_and_every_precaution_in_some_case() throws Exception {
    Set<String> answeredYes =
        bundled().stream()
            .flatMap(c -> c.answers().stream())
            .filter(a -> a.endsWith("=yes"))
            .map(a -> a.substring(0, a.length() - 4))
            .collect(Collectors.toSet());

    assertThat(answeredYes)
        .containsAll(CATALOGUE.flags().stream().filter(Flag::asked).map(Flag::id).toList())
        .containsAll(CATALOGUE.precautions().stream().map(Precaution::id).toList());
  }

  @Test
  void should_give_every_case_a_why_and_a_reference_code() throws Exception {
    assertThat(bundled())
        .allSatisfy(
            c -> {
              assertThat(c.why()).as(c.id()).isNotBlank();
              assertThat(c.codes()).as(c.id()).isNotEmpty();
            });
  }
}
