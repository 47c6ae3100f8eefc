package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static dev.knots.triage.TriageFixtures.ENGINE;
import static dev.knots.triage.TriageFixtures.answers;
import static dev.knots.triage.TriageFixtures.decide;
import static dev.knots.triage.TriageFixtures.needed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** One safety check for a session over several areas: the union, pain and precautions per area. */
class SeveralAreasTriageTest {
  private static TriageContext areas(Area... areas) {
    return TriageContext.anyArea().withAreas(List.of(areas));
  }

  /** Every question the quiz asks one by one (thorough), answering each "no" (and pain 2). */
  private static List<String> askedIds(TriageContext context) {
    Answers answers = Answers.none();
    List<String> asked = new ArrayList<>();
    while (ENGINE.assess(context, answers, true) instanceof Assessment.Needed needed) {
      Question q = needed.question();
      asked.add(q.id());
      answers =
          q.kind() == Question.Kind.SCALE ? answers.with(q.id(), 2) : answers.with(q.id(), false);
    }
    return asked;
  }

  @Provide
  Arbitrary<List<Area>> sessionAreas() {
    return Arbitraries.of(Area.class).list().ofMinSize(2).ofMaxSize(6).uniqueElements();
  }

  @Property
  void should_ask_every_question_any_of_the_areas_needs_once(
      @ForAll("sessionAreas") List<Area> session) {
    List<String> asked = askedIds(areas(session.toArray(Area[]::new)));

    Set<String> needed = new LinkedHashSet<>();
    for (Area area : session) {
      for (String id : askedIds(TriageContext.forArea(area))) {
        if (!id.equals(Ids.PAIN)) {
          needed.add(id);
        }
      }
      needed.add(Ids.inArea(Ids.PAIN, area));
    }
    assertThat(asked).doesNotHaveDuplicates();
    assertThat(asked).containsExactlyInAnyOrderElementsOf(needed);
  }

  @Test
  void should_ask_a_neck_flag_and_a_leg_flag_in_a_neck_and_calves_session() {
    List<String> asked = askedIds(areas(Area.NECK, Area.CALVES));

    assertThat(asked).contains("neck-artery-signs", "one-limb-swelling", "varicose-veins");
    assertThat(asked).contains("pain:neck", "pain:calves").doesNotContain("pain");
  }

  @Test
  void should_take_one_pain_rating_for_every_area_and_an_areas_own_over_it() {
    TriageOutcome outcome =
        decide(areas(Area.CALVES, Area.QUADS), "none pain=2 pain:quads=7", false);

    assertThat(outcome.level()).isEqualTo(Level.URGENT);
    assertThat(outcome.reasons()).extracting(Reason::id).contains("severe-pain");
    assertThat(TriageEngine.painOf(answers("pain=2 pain:quads=7"), Optional.of(Area.CALVES)))
        .hasValue(2);
    assertThat(TriageEngine.painOf(answers("pain=2 pain:quads=7"), Optional.of(Area.QUADS)))
        .hasValue(7);
  }

  @Test
  void should_never_take_a_missing_area_pain_rating_as_none() {
    Question next = needed(areas(Area.CALVES, Area.QUADS), "none pain:calves=1", false);

    assertThat(next.id()).isEqualTo("pain:quads");
    assertThat(next.kind()).isEqualTo(Question.Kind.SCALE);
    assertThat(next.lines().get(0)).isEqualTo("About your quads:");
  }

  @Test
  void should_ask_for_each_area_after_a_yes_to_a_precaution_about_the_area() {
    Question next = needed(areas(Area.CALVES, Area.HAMSTRINGS), "none recent-injury=yes", false);

    assertThat(next.id()).isEqualTo("recent-injury:calves");
    assertThat(next.text()).startsWith("About your calves: Did you hurt this area");
  }

  @Test
  void should_ask_the_warning_signs_before_where_a_precaution_applies() {
    Question next = needed(areas(Area.CALVES, Area.HAMSTRINGS), "recent-injury=yes", false);

    assertThat(next.id()).isEqualTo("emergency");
  }

  @Test
  void should_ask_where_only_for_the_areas_a_precaution_can_concern() {
    Question next = needed(areas(Area.NECK, Area.CALVES), "none known-clot=yes", false);

    assertThat(next.id()).isEqualTo("known-clot:calves");
    TriageOutcome outcome =
        decide(
            areas(Area.NECK, Area.CALVES),
            "none known-clot=yes known-clot:calves=yes pain=1",
            false);
    assertThat(outcome.sessionAllowed()).isTrue();
    assertThat(outcome.restrictions().areasOf("known-clot")).hasValue(Set.of(Area.CALVES));
    assertThat(outcome.restrictions().effects()).doesNotContain(Effect.NO_SESSION_TODAY);
  }

  @Test
  void should_make_only_the_area_with_reduced_feeling_light_and_say_which() {
    TriageOutcome outcome =
        decide(
            areas(Area.FEET, Area.CALVES),
            "none reduced-feeling=yes reduced-feeling:feet=yes reduced-feeling:calves=no pain=1",
            false);

    assertThat(outcome.restrictions().areasOf("reduced-feeling")).hasValue(Set.of(Area.FEET));
    assertThat(outcome.restrictions().notes())
        .anySatisfy(n -> assertThat(n).startsWith("For the feet: Light pressure only"));
    assertThat(outcome.restrictions().effects())
        .containsExactly(Effect.LIGHT_PRESSURE_ONLY)
        .doesNotContain(Effect.IN_THIS_AREA);
    assertThat(Restrictions.names(Set.of(Area.UPPER_BACK, Area.NECK, Area.FEET)))
        .isEqualTo("neck, upper back and feet");
  }

  @Test
  void should_stop_only_the_injured_area() {
    TriageOutcome outcome =
        decide(
            areas(Area.CALVES, Area.HAMSTRINGS),
            "none recent-injury:calves=yes recent-injury:hamstrings=no pain=2",
            false);

    assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
    assertThat(outcome.sessionAllowed()).isTrue();
    assertThat(outcome.restrictions().areasOf("recent-injury")).hasValue(Set.of(Area.CALVES));
    assertThat(outcome.restrictions().notes())
        .anySatisfy(n -> assertThat(n).startsWith("No session for the calves today:"));
  }

  @Test
  void should_stop_the_session_when_the_precaution_concerns_every_area() {
    TriageOutcome outcome =
        decide(
            areas(Area.CALVES, Area.HAMSTRINGS),
            "none recent-injury:calves=yes recent-injury:hamstrings=yes pain=2",
            false);

    assertThat(outcome.sessionAllowed()).isFalse();
  }

  @Test
  void should_hold_a_yes_that_names_no_area_for_every_area() {
    TriageOutcome outcome =
        decide(
            areas(Area.CALVES, Area.HAMSTRINGS),
            "none fracture=yes fracture:calves=no fracture:hamstrings=no pain=2",
            false);

    assertThat(outcome.sessionAllowed()).isFalse();
  }

  @Test
  void should_keep_a_precaution_about_the_person_for_the_whole_session() {
    TriageOutcome outcome =
        decide(areas(Area.CALVES, Area.HAMSTRINGS), "none feeling-unwell=yes pain=2", false);

    assertThat(outcome.sessionAllowed()).isFalse();
    assertThat(outcome.restrictions().someAreas()).isEmpty();
  }

  @Test
  void should_refuse_an_area_answer_for_a_precaution_about_the_person() {
    assertThatThrownBy(() -> answers("pregnancy:calves=yes"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("is not answered per area");
    assertThatThrownBy(() -> answers("pain:calfs=2"))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("unknown area 'calfs'");
  }

  @Test
  void should_read_an_area_alias_in_an_answer_and_a_yes_as_a_yes_to_the_precaution() {
    Answers given = answers("recent-injury:calf=yes");

    assertThat(given.isYes("recent-injury:calves")).isTrue();
    assertThat(given.isYes("recent-injury")).isTrue();
    assertThat(CATALOGUE.precaution("recent-injury").orElseThrow().effects())
        .contains(Effect.IN_THIS_AREA);
  }

  @Test
  void should_leave_one_area_sessions_as_they_were() {
    assertThat(askedIds(TriageContext.forArea(Area.CALVES)))
        .isEqualTo(askedIds(areas(Area.CALVES)))
        .contains(Ids.PAIN);
    assertThat(EnumSet.copyOf(areas(Area.CALVES).scope())).containsExactly(Area.CALVES);
  }
}
