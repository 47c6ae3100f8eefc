package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static dev.knots.triage.TriageFixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over random answer sets: safety never goes down. */
class TriageProperties {

  private static final List<String> ITEMS = new ArrayList<>(CATALOGUE.itemIds());
  private static final List<String> GROUPS = Arrays.stream(Group.values()).map(Group::id).toList();

  @Provide
  Arbitrary<Answers> partialAnswers() {
    Arbitrary<Map<String, Boolean>> items =
        Arbitraries.maps(Arbitraries.of(ITEMS), Arbitraries.of(true, false, false, false))
            .ofMaxSize(12);
    Arbitrary<Map<String, Boolean>> groups =
        Arbitraries.maps(Arbitraries.of(GROUPS), Arbitraries.of(true, false)).ofMaxSize(4);
    Arbitrary<Optional<Integer>> pain = Arbitraries.integers().between(0, 10).optional(0.7);
    return Combinators.combine(items, groups, pain)
        .as(
            (i, g, p) -> {
              Answers a = new Answers(i, Map.of());
              for (Map.Entry<String, Boolean> e : g.entrySet()) {
                a = a.with(e.getKey(), e.getValue());
              }
              return p.isPresent() ? a.with(Ids.PAIN, p.get()) : a;
            });
  }

  @Provide
  Arbitrary<TriageContext> contexts() {
    return Combinators.combine(
            Arbitraries.of(Area.class).optional(0.9),
            Arbitraries.of(true, false),
            Arbitraries.of(Level.class).optional(0.3))
        .as(TriageContext::new);
  }

  /** Every list answered: "none" for any list not answered, so only items may say yes. */
  private static Answers complete(Answers a, int pain) {
    Answers done = a.with(Ids.PAIN, pain).with(Ids.CHECKED_SINCE, a.isYes(Ids.CHECKED_SINCE));
    for (String group : GROUPS) {
      if (done.yesNo(group).isEmpty()) {
        done = done.with(group, false);
      }
    }
    return done;
  }

  private static Level level(TriageContext c, Answers a) {
    Assessment s = ENGINE.assess(c, a, false);
    if (s instanceof Assessment.Decided d) {
      return d.outcome().level();
    }
    // a list answered yes still drills down: answer the rest no, as a person would
    Answers filled = a;
    while (s instanceof Assessment.Needed n) {
      filled =
          n.question().kind() == Question.Kind.SCALE
              ? filled.with(n.question().id(), 0)
              : filled.with(n.question().id(), false);
      s = ENGINE.assess(c, filled, false);
    }
    return ((Assessment.Decided) s).outcome().level();
  }

  @Property(tries = 300)
  boolean adding_a_yes_never_lowers_the_level(
      @ForAll("contexts") TriageContext c,
      @ForAll("partialAnswers") Answers a,
      @ForAll @IntRange(min = 0, max = 10) int pain,
      @ForAll("items") String extra) {
    Answers base = complete(a, pain);
    return level(c, base.with(extra, true)).compareTo(level(c, base)) >= 0;
  }

  @Property(tries = 300)
  boolean raising_pain_never_lowers_the_level(
      @ForAll("contexts") TriageContext c,
      @ForAll("partialAnswers") Answers a,
      @ForAll @IntRange(min = 0, max = 9) int pain,
      @ForAll @IntRange(min = 1, max = 10) int more) {
    int higher = Math.min(10, pain + more);
    return level(c, complete(a, higher)).compareTo(level(c, complete(a, pain))) >= 0;
  }

  @Property(tries = 500)
  void no_answer_set_with_a_missing_needed_answer_yields_self_care(
      @ForAll("contexts") TriageContext c, @ForAll("partialAnswers") Answers a) {
    Assessment s = ENGINE.assess(c, a, false);
    if (s instanceof Assessment.Decided d && d.outcome().level() == Level.SELF_CARE) {
      assertThat(a.number(Ids.PAIN)).isPresent();
      for (Group group : Group.values()) {
        for (String id : CATALOGUE.itemIds(group, c.area())) {
          boolean covered =
              a.has(id)
                  || a.isNo(group.id())
                  || (c.historyNotImproving() && id.equals(Ids.NOT_IMPROVING));
          assertThat(covered).as(id).isTrue();
        }
      }
      if (c.followsUpRecentAdvice()) {
        assertThat(a.yesNo(Ids.CHECKED_SINCE)).contains(true);
      }
    }
  }

  @Property(tries = 300)
  boolean any_yes_to_a_flag_gives_at_least_its_level_whatever_the_area(
      @ForAll("contexts") TriageContext c,
      @ForAll("partialAnswers") Answers a,
      @ForAll("flags") String flag) {
    Level expected = CATALOGUE.flag(flag).orElseThrow().level();
    return level(c, complete(a, 0).with(flag, true)).compareTo(expected) >= 0;
  }

  @Property(tries = 300)
  boolean urgent_and_emergency_never_allow_a_session(
      @ForAll("contexts") TriageContext c,
      @ForAll("partialAnswers") Answers a,
      @ForAll @IntRange(min = 0, max = 10) int pain) {
    Assessment s = ENGINE.assess(c, complete(a, pain), false);
    if (s instanceof Assessment.Decided d) {
      TriageOutcome o = d.outcome();
      return !o.sessionAllowed() || o.level().compareTo(Level.SOON) <= 0;
    }
    return true;
  }

  @Provide
  Arbitrary<String> items() {
    return Arbitraries.of(ITEMS);
  }

  @Provide
  Arbitrary<String> flags() {
    return Arbitraries.of(CATALOGUE.flags().stream().map(Flag::id).toList());
  }
}
