package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.BundledRoutines;
import dev.knots.routine.LocatedRoutine;
import dev.knots.session.DryRunReport;
import dev.knots.session.Phases;
import dev.knots.session.PlannedStep;
import dev.knots.session.StepPlan;
import dev.knots.session.StepPlanner;
import dev.knots.triage.StepEffects;
import dev.knots.triage.TriageOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the dry-run JSON: every bundled routine under every precaution that changes
 * steps, and under SOON's gentle mode. {@code -Dknots.golden.update=true} rewrites them (then read
 * the diff: it is what people will be told).
 */
class DryRunGoldenTest {
  private static final Duration LEAD_IN = Phases.DEFAULT_LEAD_IN;

  private static final Path FOLDER = Path.of("src/test/resources/dev/knots/cli/dry-run");
  static final String SOON = "soon-gentle";

  static Stream<String> cases() {
    List<String> cases = new ArrayList<>();
    PlanRulesTest.CATALOGUE.stepEffects().stream()
        .map(StepEffects::precautionId)
        .forEach(cases::add);
    cases.add(SOON);
    return cases.stream();
  }

  static TriageOutcome outcome(Area area, String testCase) {
    return testCase.equals(SOON) ? PlanRulesTest.soon(area) : PlanRulesTest.outcome(area, testCase);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_plan_every_bundled_routine_as_the_golden_file_says(String testCase) throws Exception {
    StringBuilder all = new StringBuilder();
    for (LocatedRoutine located : BundledRoutines.all()) {
      TriageOutcome outcome = outcome(located.routine().area(), testCase);
      StepPlan plan =
          StepPlanner.plan(located.routine(), PlanRules.of(outcome, PlanRulesTest.CATALOGUE));
      DryRunReport report =
          new DryRunReport(
              located, plan, outcome.level().name(), true, null, Duration.ZERO, LEAD_IN);
      all.append(report.json());
      assertRestrictionsSayWhatThePlanDid(plan);
    }
    Path golden = FOLDER.resolve(testCase + ".json");
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(FOLDER);
      Files.writeString(golden, all.toString(), StandardCharsets.UTF_8);
    }
    assertThat(all.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Every step left out is named as left out, and no step that runs is. */
  private static void assertRestrictionsSayWhatThePlanDid(StepPlan plan) {
    String leftOut =
        String.join(
            "\n",
            plan.restrictions().stream()
                .map(l -> l.contains("left out: ") ? l.substring(l.indexOf("left out: ")) : "")
                .map(
                    l ->
                        l.contains("; light pressure")
                            ? l.substring(0, l.indexOf("; light pressure"))
                            : l)
                .toList());
    for (PlannedStep step : plan.steps()) {
      String name = step.original().name() + " (";
      if (step.runs()) {
        assertThat(leftOut).as(plan.routine().id()).doesNotContain(name);
      } else {
        assertThat(leftOut).as(plan.routine().id()).contains(name);
      }
    }
  }
}
