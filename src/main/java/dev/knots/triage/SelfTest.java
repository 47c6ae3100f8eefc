package dev.knots.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs test cases through the engine: each case's answers for its area, nothing else (a missing
 * answer is a failed case, never a "no"), compared with the level and session it expects.
 */
public final class SelfTest {
  /** How a case came out. */
  public enum Verdict {
    PASS,
    /** A higher level than expected, or no session where one was expected. */
    OVER_TRIAGED,
    /** A lower level than expected, or a session where none was expected. */
    UNDER_TRIAGED,
    /** The answers do not decide: the engine still needs a question. */
    INCOMPLETE
  }

  /** One case's result: what the engine gave, and the line to print. */
  public record Result(TriageCase testCase, Verdict verdict, String line) {
    public Result {
      Objects.requireNonNull(testCase);
      Objects.requireNonNull(verdict);
      Objects.requireNonNull(line);
    }
  }

  private final TriageEngine engine;
  private final AnswerParser parser;

  public SelfTest(TriageEngine engine) {
    this.engine = Objects.requireNonNull(engine);
    this.parser = new AnswerParser(engine.catalogue());
  }

  public List<Result> run(List<TriageCase> cases) {
    List<Result> results = new ArrayList<>();
    for (TriageCase c : cases) {
      results.add(run(c));
    }
    return results;
  }

  public Result run(TriageCase c) {
    Answers answers = parser.parse(c.answers(), Optional.of(c.area()));
    Assessment assessment = engine.assess(TriageContext.forArea(c.area()), answers, false);
    String expected = describe(c.level(), c.allowed());
    if (assessment instanceof Assessment.Needed needed) {
      return new Result(
          c,
          Verdict.INCOMPLETE,
          line(
              "FAIL",
              c,
              "expected "
                  + expected
                  + ", but needs an answer to '"
                  + needed.question().id()
                  + "'"));
    }
    TriageOutcome outcome = ((Assessment.Decided) assessment).outcome();
    Verdict verdict = verdict(c, outcome);
    String got = describe(outcome.level(), outcome.sessionAllowed());
    return new Result(
        c,
        verdict,
        verdict == Verdict.PASS
            ? line("pass", c, got)
            : line(
                "FAIL",
                c,
                "expected "
                    + expected
                    + ", got "
                    + got
                    + ": "
                    + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-')));
  }

  private static Verdict verdict(TriageCase c, TriageOutcome outcome) {
    int byLevel = outcome.level().compareTo(c.level());
    if (byLevel > 0 || byLevel == 0 && c.allowed() && !outcome.sessionAllowed()) {
      return Verdict.OVER_TRIAGED;
    }
    if (byLevel < 0 || !c.allowed() && outcome.sessionAllowed()) {
      return Verdict.UNDER_TRIAGED;
    }
    return Verdict.PASS;
  }

  /** The summary line: how many passed, over- and under-triaged, incomplete. */
  public static String summary(List<Result> results) {
    long over = count(results, Verdict.OVER_TRIAGED);
    long under = count(results, Verdict.UNDER_TRIAGED);
    long incomplete = count(results, Verdict.INCOMPLETE);
    return results.size()
        + " cases: "
        + count(results, Verdict.PASS)
        + " passed, "
        + over
        + " over-triaged, "
        + under
        + " under-triaged, "
        + incomplete
        + " incomplete";
  }

  public static boolean allPassed(List<Result> results) {
    return count(results, Verdict.PASS) == results.size();
  }

  private static long count(List<Result> results, Verdict verdict) {
    return results.stream().filter(r -> r.verdict() == verdict).count();
  }

  private static String describe(Level level, boolean allowed) {
    return level + (allowed ? " (session allowed)" : " (no session)");
  }

  private static String line(String mark, TriageCase c, String text) {
    return String.format(Locale.ROOT, "%-4s  %-40s %-12s %s", mark, c.id(), c.area().id(), text);
  }
}
