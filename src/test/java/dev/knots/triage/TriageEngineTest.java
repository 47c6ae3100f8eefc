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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TriageEngineTest {

  @Nested
  class Flags {
    @ParameterizedTest
    @EnumSource(Area.class)
    void should_block_every_session_for_one_limb_swelling_not_only_the_calves(Area area) {
      TriageOutcome outcome = decide(area, "none pain=1 one-limb-swelling=yes");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.sessionAllowed()).isFalse();
    }

    @Test
    void should_count_a_flag_answered_for_an_area_it_is_not_asked_for() {
      assertThat(CATALOGUE.flag("tearing-pain").orElseThrow().appliesTo(Area.CALVES)).isFalse();

      assertThat(decide(Area.CALVES, "tearing-pain=yes").level()).isEqualTo(Level.EMERGENCY);
      assertThat(decide(Area.NECK, "none pain=1 diabetic-foot=yes").level())
          .isEqualTo(Level.URGENT);
      assertThat(decide(Area.CHEST, "none pain=1 inflammatory-back-pain=yes").level())
          .isEqualTo(Level.SOON);
    }

    @Test
    void should_decide_emergency_at_once_without_asking_anything_else() {
      TriageOutcome outcome = decide(Area.CALVES, "chest-pain=yes");

      assertThat(outcome.level()).isEqualTo(Level.EMERGENCY);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.requiresAcknowledgement()).isFalse();
      assertThat(outcome.title()).contains("112");
      assertThat(outcome.advice()).contains("112", "999", "911");
      assertThat(outcome.emergencyNumber()).isEqualTo("112");
      assertThat(outcome.howSoon()).isEqualTo("now");
    }

    @Test
    void should_put_the_configured_emergency_number_in_the_advice() {
      TriageEngine engine = new TriageEngine(CATALOGUE, "000");
      Assessment a =
          engine.assess(TriageContext.forArea(Area.NECK), answers("stroke-signs=yes"), false);

      TriageOutcome outcome = ((Assessment.Decided) a).outcome();
      assertThat(outcome.advice()).contains("000").doesNotContain("{number}");
      assertThat(outcome.title()).contains("000");
      assertThat(engine.emergencyNumber()).isEqualTo("000");
    }

    @Test
    void should_let_the_highest_level_win_and_list_reasons_most_serious_first() {
      TriageOutcome outcome =
          decide(Area.LOWER_BACK, "none pain=3 growing-lump=yes night-or-rest-pain=yes");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.reasons())
          .extracting(Reason::id)
          .containsExactly("night-or-rest-pain", "growing-lump");
      assertThat(outcome.reasons())
          .extracting(Reason::level)
          .containsExactly(Level.URGENT, Level.SOON);
    }

    @Test
    void should_decide_urgent_after_the_emergency_list_without_asking_soon_or_pain() {
      TriageOutcome outcome = decide(Area.CALVES, "emergency=none snap-injury=yes");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.howSoon()).isEqualTo("today");
      assertThat(outcome.advice()).contains("today", "112");
    }

    @Test
    void should_still_ask_the_emergency_list_when_an_urgent_flag_is_already_yes() {
      Question q = needed(Area.CALVES, "snap-injury=yes");

      assertThat(q.id()).isEqualTo("emergency");
      assertThat(q.kind()).isEqualTo(Question.Kind.GROUP);
    }
  }

  @Nested
  class Pain {
    @ParameterizedTest
    @ValueSource(ints = {0, 3, 6})
    void should_stay_self_care_below_7(int pain) {
      TriageOutcome outcome = decide(Area.QUADS, "none pain=" + pain);

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.reasons()).isEmpty();
      assertThat(outcome.sessionAllowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 10})
    void should_fire_severe_pain_from_7(int pain) {
      TriageOutcome outcome = decide(Area.QUADS, "none pain=" + pain);

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("severe-pain");
      assertThat(outcome.sessionAllowed()).isFalse();
    }

    @Test
    void should_fire_severe_pain_over_a_soon_flag() {
      TriageOutcome outcome = decide(Area.QUADS, "none pain=7 not-improving=yes");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.reasons())
          .extracting(Reason::id)
          .containsExactly("severe-pain", "not-improving");
    }

    @Test
    void should_not_list_severe_pain_when_an_emergency_flag_fired() {
      TriageOutcome outcome = decide(Area.QUADS, "pain=9 dark-urine=yes");

      assertThat(outcome.level()).isEqualTo(Level.EMERGENCY);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("dark-urine");
    }

    @Test
    void should_decide_urgent_right_after_the_emergency_list_when_pain_is_already_severe() {
      TriageOutcome outcome = decide(Area.QUADS, "emergency=none pain=8");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
    }

    @Test
    void should_count_a_severe_pain_yes_given_directly_once() {
      TriageOutcome outcome = decide(Area.QUADS, "none pain=8 severe-pain=yes");

      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("severe-pain");
    }

    @Test
    void should_ask_the_pain_rating_last_with_its_anchors() {
      Question q = needed(Area.QUADS, "none");

      assertThat(q.id()).isEqualTo("pain");
      assertThat(q.kind()).isEqualTo(Question.Kind.SCALE);
      assertThat(q.anchors()).hasSize(3);
      assertThat(q.level()).isEmpty();
      assertThat(q.items()).isEmpty();
    }
  }

  @Nested
  class Flow {
    @Test
    void should_ask_the_lists_in_order_emergency_urgent_soon_precautions_then_pain() {
      TriageContext calves = TriageContext.forArea(Area.CALVES);

      assertThat(needed(calves, "", false).id()).isEqualTo("emergency");
      assertThat(needed(calves, "emergency=none", false).id()).isEqualTo("urgent");
      assertThat(needed(calves, "emergency=none urgent=none", false).id()).isEqualTo("soon");
      assertThat(needed(calves, "emergency=none urgent=none soon=none", false).id())
          .isEqualTo("precautions");
      assertThat(needed(calves, "none", false).id()).isEqualTo("pain");
    }

    @Test
    void should_show_a_list_with_the_summaries_of_the_items_that_apply_to_the_area() {
      Question q = needed(Area.CALVES, "");

      List<String> expected =
          CATALOGUE.askedFlags(Level.EMERGENCY, Optional.of(Area.CALVES)).stream()
              .map(Flag::summary)
              .toList();
      assertThat(q.items()).containsExactlyElementsOf(expected);
      assertThat(q.lines()).containsExactly("Do any of these apply to you right now?");
      assertThat(q.level()).contains(Level.EMERGENCY);
      assertThat(expected).hasSize(10);
    }

    @Test
    void should_leave_out_of_the_list_the_items_already_answered() {
      Question q = needed(Area.CALVES, "chest-pain=no stroke-signs=no");

      assertThat(q.id()).isEqualTo("emergency");
      assertThat(q.items()).hasSize(8);
      assertThat(q.items()).doesNotContain(CATALOGUE.flag("chest-pain").orElseThrow().summary());
    }

    @Test
    void should_ask_the_items_one_by_one_after_a_yes_to_the_list() {
      Question first = needed(Area.CALVES, "emergency=yes");
      Question second = needed(Area.CALVES, "emergency=yes chest-pain=no");

      assertThat(first.id()).isEqualTo("chest-pain");
      assertThat(first.kind()).isEqualTo(Question.Kind.YES_NO);
      assertThat(first.lines()).isEqualTo(CATALOGUE.flag("chest-pain").orElseThrow().question());
      assertThat(first.level()).contains(Level.EMERGENCY);
      assertThat(second.id()).isEqualTo("sudden-breathlessness");
    }

    @Test
    void should_ask_every_item_one_by_one_when_thorough() {
      TriageContext neck = TriageContext.forArea(Area.NECK);

      assertThat(needed(neck, "", true).id()).isEqualTo("chest-pain");
      assertThat(needed(neck, "chest-pain=no", true).id()).isEqualTo("sudden-breathlessness");
      assertThat(needed(neck, "emergency=none", true).id()).isEqualTo("spine-pain-with-fever");
    }

    @Test
    void should_ask_precautions_one_by_one_after_a_yes_to_their_list() {
      Question q = needed(Area.CALVES, "emergency=none urgent=none soon=none precautions=yes");

      assertThat(q.id()).isEqualTo("recent-injury");
      assertThat(q.level()).isEmpty();
      assertThat(q.lines())
          .isEqualTo(CATALOGUE.precaution("recent-injury").orElseThrow().question());
    }

    @Test
    void should_show_the_precaution_list_with_varicose_veins_only_for_legs() {
      Question legs = needed(Area.CALVES, "emergency=none urgent=none soon=none");
      Question neck = needed(Area.NECK, "emergency=none urgent=none soon=none");

      String varicose = CATALOGUE.precaution("varicose-veins").orElseThrow().summary();
      assertThat(legs.items()).contains(varicose).hasSize(12);
      assertThat(neck.items()).doesNotContain(varicose).hasSize(10);
      assertThat(neck.level()).isEmpty();
    }

    @Test
    void should_ask_every_question_of_the_catalogue_without_an_area() {
      TriageContext any = TriageContext.anyArea();

      Question q = needed(any, "", false);

      assertThat(q.items()).hasSize(12);
    }

    @Test
    void should_decide_self_care_only_after_every_list_and_the_pain_rating() {
      TriageOutcome outcome = decide(Area.CALVES, "none pain=2");

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.sessionAllowed()).isTrue();
      assertThat(outcome.requiresAcknowledgement()).isFalse();
      assertThat(outcome.restrictions().isEmpty()).isTrue();
      assertThat(outcome.howSoon()).isEqualTo("no appointment needed");
      assertThat(outcome.advice()).doesNotContain("112");
    }

    @Test
    void should_decide_with_every_item_answered_no_and_no_list_answer() {
      List<String> ids = new ArrayList<>();
      for (Group group : Group.values()) {
        CATALOGUE.itemIds(group, Optional.of(Area.FEET)).forEach(id -> ids.add(id + "=no"));
      }

      TriageOutcome outcome = decide(Area.FEET, String.join(" ", ids) + " pain=0");

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
    }
  }

  @Nested
  class Unspecified {
    @Test
    void should_take_a_yes_to_the_emergency_list_seriously_when_every_item_was_then_no() {
      List<String> ids = new ArrayList<>(List.of("emergency=yes"));
      CATALOGUE
          .itemIds(Group.EMERGENCY, Optional.of(Area.GLUTES))
          .forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.GLUTES, String.join(" ", ids));

      assertThat(outcome.level()).isEqualTo(Level.EMERGENCY);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("emergency");
      assertThat(outcome.reasons().get(0).text()).contains("emergency").doesNotContain("{level}");
    }

    @Test
    void should_take_a_yes_to_the_soon_list_as_soon_when_every_item_was_then_no() {
      List<String> ids =
          new ArrayList<>(List.of("emergency=none urgent=none precautions=none pain=1 soon=yes"));
      CATALOGUE.itemIds(Group.SOON, Optional.of(Area.GLUTES)).forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.GLUTES, String.join(" ", ids));

      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("soon");
    }

    @Test
    void should_take_an_urgent_list_yes_seriously_even_with_a_soon_flag_yes() {
      List<String> ids =
          new ArrayList<>(
              List.of(
                  "emergency=none precautions=none pain=1 soon=none urgent=yes growing-lump=yes"));
      CATALOGUE.itemIds(Group.URGENT, Optional.of(Area.NECK)).forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.NECK, String.join(" ", ids));

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.reasons())
          .extracting(Reason::id)
          .containsExactly("urgent", "growing-lump");
    }

    @Test
    void should_not_call_a_list_unspecified_when_a_flag_of_its_level_was_yes() {
      List<String> ids =
          new ArrayList<>(
              List.of(
                  "emergency=none precautions=none pain=1 soon=none urgent=yes statin-muscle-pain=yes"));
      CATALOGUE.itemIds(Group.URGENT, Optional.of(Area.NECK)).stream()
          .filter(id -> !id.equals("statin-muscle-pain"))
          .forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.NECK, String.join(" ", ids));

      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("statin-muscle-pain");
    }

    @Test
    void should_make_the_session_gentle_when_a_precaution_applies_without_saying_which() {
      List<String> ids =
          new ArrayList<>(List.of("emergency=none urgent=none soon=none pain=1 precautions=yes"));
      CATALOGUE
          .itemIds(Group.PRECAUTIONS, Optional.of(Area.NECK))
          .forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.NECK, String.join(" ", ids));

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.restrictions().lightPressureOnly()).isTrue();
      assertThat(outcome.restrictions().notes()).hasSize(1);
    }

    @Test
    void should_not_restrict_when_a_precaution_list_yes_named_one() {
      List<String> ids =
          new ArrayList<>(
              List.of(
                  "emergency=none urgent=none soon=none pain=1 precautions=yes broken-skin=yes"));
      CATALOGUE.itemIds(Group.PRECAUTIONS, Optional.of(Area.NECK)).stream()
          .filter(id -> !id.equals("broken-skin"))
          .forEach(id -> ids.add(id + "=no"));

      TriageOutcome outcome = decide(Area.NECK, String.join(" ", ids));

      assertThat(outcome.restrictions().lightPressureOnly()).isFalse();
      assertThat(outcome.restrictions().precautionIds()).containsExactly("broken-skin");
    }
  }

  @Nested
  class Soon {
    @Test
    void should_allow_a_gentle_session_only_after_acknowledgement() {
      TriageOutcome outcome = decide(Area.LOWER_BACK, "none pain=4 radiating-pain=yes");

      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.sessionAllowed()).isTrue();
      assertThat(outcome.requiresAcknowledgement()).isTrue();
      assertThat(outcome.restrictions().lightPressureOnly()).isTrue();
      assertThat(outcome.restrictions().notes()).anyMatch(n -> n.contains("Gentle"));
      assertThat(outcome.howSoon()).isEqualTo("within the next few days");
    }

    @Test
    void should_still_ask_precautions_and_pain_after_a_soon_yes() {
      assertThat(
              needed(Area.LOWER_BACK, "emergency=none urgent=none growing-lump=yes soon=none").id())
          .isEqualTo("precautions");
      assertThat(needed(Area.LOWER_BACK, "none growing-lump=yes").id()).isEqualTo("pain");
    }

    @Test
    void should_not_ask_for_acknowledgement_when_a_precaution_stops_the_session() {
      TriageOutcome outcome =
          decide(Area.LOWER_BACK, "none pain=4 growing-lump=yes feeling-unwell=yes");

      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.requiresAcknowledgement()).isFalse();
    }
  }

  @Nested
  class Precautions {
    @ParameterizedTest
    @ValueSource(strings = {"recent-injury", "feeling-unwell"})
    void should_stop_today_and_say_when_to_come_back(String id) {
      TriageOutcome outcome = decide(Area.HAMSTRINGS, "none pain=3 " + id + "=yes");

      Precaution precaution = CATALOGUE.precaution(id).orElseThrow();
      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.requiresAcknowledgement()).isFalse();
      assertThat(outcome.restrictions().noSessionToday()).isTrue();
      assertThat(outcome.restrictions().comeBack()).contains(precaution.comeBack().orElseThrow());
      assertThat(outcome.advice())
          .startsWith("No session today.")
          .contains(precaution.comeBack().get());
      assertThat(outcome.reasons()).isEmpty();
    }

    @Test
    void should_make_blood_thinners_light_with_no_ball_work() {
      Restrictions r = decide(Area.QUADS, "none pain=3 blood-thinners=yes").restrictions();

      assertThat(r.lightPressureOnly()).isTrue();
      assertThat(r.noBallWork()).isTrue();
      assertThat(r.skipSpineOrRibRolling()).isFalse();
      assertThat(r.noSessionToday()).isFalse();
      assertThat(r.noDeepLegPressure()).isFalse();
      assertThat(r.isEmpty()).isFalse();
      assertThat(r.notes()).anyMatch(n -> n.contains("bruising"));
    }

    @Test
    void should_cue_every_leg_step_for_varicose_veins() {
      Restrictions r = decide(Area.CALVES, "none pain=3 varicose-veins=yes").restrictions();

      assertThat(r.stepCues())
          .containsExactly(
              CATALOGUE.precaution("varicose-veins").orElseThrow().cue().orElseThrow());
      assertThat(r.effects()).containsExactly(Effect.STEP_CUE);
      assertThat(r.lightPressureOnly()).isFalse();
      assertThat(r.isEmpty()).isFalse();
    }

    @Test
    void should_skip_spine_and_rib_rolling_for_osteoporosis() {
      Restrictions r = decide(Area.UPPER_BACK, "none pain=3 osteoporosis=yes").restrictions();

      assertThat(r.skipSpineOrRibRolling()).isTrue();
      assertThat(r.lightPressureOnly()).isTrue();
    }

    @Test
    void should_keep_deep_leg_pressure_belly_work_and_face_down_rolling_out_in_pregnancy() {
      Restrictions r =
          decide(Area.GLUTES, "none pain=3 pregnancy=yes high-risk-pregnancy=no").restrictions();

      assertThat(r.noDeepLegPressure()).isTrue();
      assertThat(r.noBallWork()).isFalse();
      assertThat(r.lightPressureOnly()).isFalse();
      assertThat(r.effects()).contains(Effect.NOTHING_ON_BELLY, Effect.NO_FACE_DOWN_ON_ROLLER);
      assertThat(r.notes()).anyMatch(n -> n.contains("midwife"));
    }

    @Test
    void should_make_reduced_feeling_light_pressure_only() {
      Restrictions r = decide(Area.FEET, "none pain=3 reduced-feeling=yes").restrictions();

      assertThat(r.effects()).containsExactly(Effect.LIGHT_PRESSURE_ONLY);
    }

    @Test
    void should_cue_working_around_broken_skin() {
      Restrictions r = decide(Area.FOREARMS, "none pain=3 broken-skin=yes").restrictions();

      assertThat(r.stepCues()).singleElement().asString().contains("around");
      assertThat(r.precautionIds()).containsExactly("broken-skin");
    }

    @Test
    void should_combine_precautions_and_keep_every_come_back_text() {
      Restrictions r =
          decide(Area.CALVES, "none pain=3 recent-injury=yes feeling-unwell=yes varicose-veins=yes")
              .restrictions();

      assertThat(r.precautionIds())
          .containsExactly("recent-injury", "feeling-unwell", "varicose-veins");
      assertThat(r.comeBack().orElseThrow()).contains("72 hours", "fever");
      assertThat(r.notes()).hasSize(3);
    }

    @Test
    void should_never_lower_a_flag_level() {
      TriageOutcome outcome =
          decide(Area.CALVES, "none pain=3 blood-thinners=yes one-limb-swelling=yes");

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.sessionAllowed()).isFalse();
    }
  }

  @Nested
  class History {
    @Test
    void should_fire_not_improving_from_history_without_asking_it() {
      TriageContext context = new TriageContext(Optional.of(Area.NECK), true, Optional.empty());

      Question soon = needed(context, "emergency=none urgent=none", false);
      TriageOutcome outcome = decide(context, "none pain=3", false);

      assertThat(soon.items())
          .doesNotContain(CATALOGUE.flag("not-improving").orElseThrow().summary())
          .isNotEmpty();
      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("not-improving");
      assertThat(outcome.reasons().get(0).text()).contains("history");
    }

    @Test
    void should_skip_the_soon_list_when_history_answers_its_only_item() {
      TriageContext context = new TriageContext(Optional.of(Area.CHEST), true, Optional.empty());

      Question q = needed(context, "emergency=none urgent=none", false);

      assertThat(CATALOGUE.itemIds(Group.SOON, Optional.of(Area.CHEST)))
          .containsExactly("not-improving", "growing-lump");
      assertThat(q.id()).isEqualTo("soon");
      assertThat(q.items()).hasSize(1);
    }

    @Test
    void should_list_not_improving_once_when_history_and_the_person_both_say_so() {
      TriageContext context = new TriageContext(Optional.of(Area.NECK), true, Optional.empty());

      TriageOutcome outcome = decide(context, "none pain=3 not-improving=yes", false);

      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("not-improving");
    }

    @Test
    void should_first_ask_whether_the_person_was_checked_after_recent_advice() {
      TriageContext context = TriageContext.of(Area.NECK, false, Optional.of(Level.SOON));

      Question q = needed(context, "", false);

      assertThat(q.id()).isEqualTo("checked-since");
      assertThat(q.kind()).isEqualTo(Question.Kind.YES_NO);
      assertThat(q.level()).contains(Level.SOON);
    }

    @Test
    void should_repeat_the_advice_when_not_checked_since() {
      TriageContext context =
          new TriageContext(Optional.of(Area.NECK), false, Optional.of(Level.SOON));

      TriageOutcome outcome = decide(context, "checked-since=no none pain=2", false);

      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.reasons()).extracting(Reason::id).containsExactly("previous-advice");
    }

    @Test
    void should_keep_an_urgent_advice_blocking_and_still_ask_the_emergency_list() {
      TriageContext context =
          new TriageContext(Optional.of(Area.NECK), false, Optional.of(Level.URGENT));

      Question q = needed(context, "checked-since=no symptoms-still-there=yes", false);
      TriageOutcome outcome =
          decide(context, "checked-since=no symptoms-still-there=yes emergency=none", false);

      assertThat(q.id()).isEqualTo("emergency");
      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.sessionAllowed()).isFalse();
    }

    @Test
    void should_run_the_normal_quiz_when_checked_since() {
      TriageContext context =
          new TriageContext(Optional.of(Area.NECK), false, Optional.of(Level.URGENT));

      TriageOutcome outcome = decide(context, "checked-since=yes none pain=2", false);

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void should_not_follow_up_a_self_care_result() {
      TriageContext context =
          new TriageContext(Optional.of(Area.NECK), false, Optional.of(Level.SELF_CARE));

      assertThat(context.followsUpRecentAdvice()).isFalse();
      assertThat(needed(context, "", false).id()).isEqualTo("emergency");
    }

    @Test
    void should_decide_an_emergency_yes_before_the_follow_up() {
      TriageContext context =
          new TriageContext(Optional.of(Area.NECK), false, Optional.of(Level.SOON));

      assertThat(decide(context, "tearing-pain=yes", false).level()).isEqualTo(Level.EMERGENCY);
    }
  }

  @Test
  void should_have_no_restrictions_by_default() {
    Restrictions none = Restrictions.none();

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.noSessionToday()).isFalse();
    assertThat(none.comeBack()).isEmpty();
    assertThat(Restrictions.none()).isEqualTo(none);
  }

  @Test
  void should_keep_answers_immutable_and_unanswered_distinct_from_no() {
    Answers empty = Answers.none();
    Answers no = empty.with("chest-pain", false).with("pain", 0);

    assertThat(empty.yesNo("chest-pain")).isEmpty();
    assertThat(empty.has("chest-pain")).isFalse();
    assertThat(empty.isNo("chest-pain")).isFalse();
    assertThat(no.yesNo("chest-pain")).contains(false);
    assertThat(no.isNo("chest-pain")).isTrue();
    assertThat(no.isYes("chest-pain")).isFalse();
    assertThat(no.has("chest-pain")).isTrue();
    assertThat(no.has("pain")).isTrue();
    assertThat(no.number("pain")).hasValue(0);
    assertThat(no.with("pain", 5).number("pain")).hasValue(5);
  }

  @Test
  void should_name_the_answer_ids_for_an_area() {
    assertThat(CATALOGUE.answerIds(Optional.of(Area.NECK)))
        .startsWith("emergency", "chest-pain")
        .contains("urgent", "soon", "precautions", "pain", "none", "acknowledge")
        .doesNotContain("varicose-veins");
  }

  @Test
  void should_order_levels_and_say_which_advise_care() {
    assertThat(Level.SOON.max(Level.URGENT)).isEqualTo(Level.URGENT);
    assertThat(Level.URGENT.max(Level.SOON)).isEqualTo(Level.URGENT);
    assertThat(Level.SELF_CARE.advisesCare()).isFalse();
    assertThat(Level.SOON.advisesCare()).isTrue();
    assertThat(Group.byId("soon")).contains(Group.SOON);
    assertThat(Group.byId("nope")).isEmpty();
    assertThat(Group.PRECAUTIONS.level()).isEmpty();
  }

  @Test
  void should_refuse_to_build_a_question_for_an_unknown_item() {
    assertThatThrownBy(() -> ENGINE.itemQuestion("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_build_precaution_and_flag_item_questions() {
    assertThat(ENGINE.itemQuestion("pregnancy").level()).isEmpty();
    assertThat(ENGINE.itemQuestion("growing-lump").level()).contains(Level.SOON);
    assertThat(ENGINE.catalogue()).isSameAs(CATALOGUE);
  }

  private static Group groupOf(Flag flag) {
    return Group.valueOf(flag.level().name());
  }
}
