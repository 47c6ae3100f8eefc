package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static dev.knots.triage.TriageFixtures.decide;
import static dev.knots.triage.TriageFixtures.needed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What v2 of triage.md adds: the new precautions, the growing-lump cue, symptoms-still-there. */
class TriageV2Test {

  @Nested
  class New_precautions {
    @ParameterizedTest
    @ValueSource(strings = {"known-clot", "fracture", "cancer-in-area"})
    void should_stop_the_areas_session_and_say_what_to_do_instead(String id) {
      TriageOutcome outcome =
          decide(
              Area.CALVES,
              "emergency=none urgent=none soon=none precautions=yes " + only(id) + " pain=2");

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.restrictions().noSessionToday()).isTrue();
      assertThat(outcome.restrictions().precautionIds()).containsExactly(id);
      assertThat(outcome.restrictions().notes()).anyMatch(n -> n.contains("Instead"));
      assertThat(outcome.restrictions().comeBack()).isPresent();
    }

    @Test
    void should_keep_off_the_implant_and_the_scar_on_every_step_and_allow_the_session() {
      TriageOutcome outcome =
          decide(
              Area.CHEST,
              "emergency=none urgent=none soon=none precautions=yes "
                  + only("implant")
                  + " pain=2");

      assertThat(outcome.sessionAllowed()).isTrue();
      assertThat(outcome.restrictions().stepCues())
          .containsExactly("Keep off the implant and the scar.");
    }

    @Test
    void should_leave_high_risk_pregnancy_off_the_list_screen() {
      Question list = needed(Area.LOWER_BACK, "emergency=none urgent=none soon=none");

      assertThat(list.id()).isEqualTo("precautions");
      assertThat(list.items())
          .contains(CATALOGUE.precaution("pregnancy").orElseThrow().summary())
          .doesNotContain(CATALOGUE.precaution("high-risk-pregnancy").orElseThrow().summary());
    }

    @Test
    void should_ask_high_risk_pregnancy_right_after_a_yes_to_pregnancy() {
      String before =
          "emergency=none urgent=none soon=none precautions=yes recent-injury=no"
              + " feeling-unwell=no blood-thinners=no osteoporosis=no pregnancy=yes";

      assertThat(needed(Area.LOWER_BACK, before).id()).isEqualTo("high-risk-pregnancy");
      assertThat(needed(Area.LOWER_BACK, before + " high-risk-pregnancy=no").id())
          .isEqualTo("reduced-feeling");
    }

    @Test
    void should_never_ask_high_risk_pregnancy_after_no_to_pregnancy() {
      TriageOutcome outcome =
          decide(
              Area.LOWER_BACK,
              "emergency=none urgent=none soon=none precautions=yes osteoporosis=yes "
                  + rest("osteoporosis")
                  + " pain=2");

      assertThat(outcome.sessionAllowed()).isTrue();
    }

    @Test
    void should_stop_the_session_for_a_high_risk_pregnancy() {
      TriageOutcome outcome =
          decide(Area.LOWER_BACK, "none pregnancy=yes high-risk-pregnancy=yes pain=2");

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.restrictions().precautionIds())
          .containsExactly("pregnancy", "high-risk-pregnancy");
    }

    @Test
    void should_ask_the_follow_up_of_a_yes_given_up_front_even_when_the_list_says_none() {
      Question next = needed(Area.LOWER_BACK, "none pregnancy=yes pain=2");

      assertThat(next.id()).isEqualTo("high-risk-pregnancy");
      assertThat(next.kind()).isEqualTo(Question.Kind.YES_NO);
    }

    @Test
    void should_not_call_a_precaution_list_unspecified_when_the_follow_up_is_not_asked() {
      TriageOutcome outcome =
          decide(
              Area.LOWER_BACK,
              "emergency=none urgent=none soon=none precautions=yes pregnancy=yes "
                  + rest("pregnancy")
                  + " high-risk-pregnancy=no pain=2");

      assertThat(outcome.restrictions().notes()).noneMatch(n -> n.contains("without saying which"));
      assertThat(outcome.sessionAllowed()).isTrue();
    }

    @Test
    void should_refuse_a_follow_up_of_an_unknown_precaution() {
      Precaution orphan =
          new Precaution(
              "orphan",
              Set.of(Area.NECK),
              "s",
              List.of("q?"),
              Set.of(),
              "a",
              Optional.empty(),
              Optional.empty(),
              List.of("C1"),
              Optional.of("nothing"));
      List<Precaution> precautions = new ArrayList<>(CATALOGUE.precautions());
      precautions.add(orphan);

      assertThatThrownBy(
              () ->
                  new Catalogue(
                      CATALOGUE.flags(),
                      precautions,
                      CATALOGUE.anchors(),
                      7,
                      CATALOGUE.levels(),
                      CATALOGUE.texts()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("orphan follows an unknown nothing");
    }
  }

  @Nested
  class Table_of_step_effects {
    private Catalogue with(List<StepEffects> rows) {
      return new Catalogue(
          CATALOGUE.flags(),
          CATALOGUE.precautions(),
          CATALOGUE.anchors(),
          7,
          CATALOGUE.levels(),
          CATALOGUE.texts(),
          rows);
    }

    private StepEffects row(String id) {
      return new StepEffects(id, List.of(), Set.of(), "Go gently.");
    }

    @Test
    void should_give_the_row_of_a_precaution_and_nothing_for_one_without() {
      Catalogue catalogue = with(List.of(row("implant")));

      assertThat(catalogue.stepEffects("implant")).map(StepEffects::cue).contains("Go gently.");
      assertThat(catalogue.stepEffects("known-clot")).isEmpty();
    }

    @Test
    void should_refuse_a_row_for_an_unknown_precaution() {
      assertThatThrownBy(() -> with(List.of(row("no-such-precaution"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown precaution: no-such-precaution");
    }

    @Test
    void should_refuse_two_rows_for_one_precaution() {
      assertThatThrownBy(() -> with(List.of(row("implant"), row("implant"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two rows of precaution effects for implant");
    }

    @Test
    void should_bundle_the_implant_row_of_triage_md() {
      StepEffects implant = CatalogueLoader.bundled().stepEffects("implant").orElseThrow();

      assertThat(implant.skips())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.over()).containsExactly("chest-wall");
                assertThat(s.kinds()).isEmpty();
              });
      assertThat(implant.cue()).isEqualTo("Keep off the implant and the scar.");
    }
  }

  @Nested
  class Growing_lump {
    @Test
    void should_send_to_a_doctor_within_2_weeks_and_never_press_on_the_lump() {
      TriageOutcome outcome =
          decide(
              Area.QUADS,
              "emergency=none urgent=none soon=yes precautions=none pain=2 "
                  + soonOnly("growing-lump"));

      assertThat(outcome.level()).isEqualTo(Level.SOON);
      assertThat(outcome.requiresAcknowledgement()).isTrue();
      assertThat(outcome.reasons().get(0).text()).contains("doctor", "within 2 weeks");
      assertThat(outcome.restrictions().stepCues()).contains("Never press on the lump.");
    }

    @Test
    void should_add_no_cue_from_a_flag_that_does_not_have_one() {
      TriageOutcome outcome =
          decide(
              Area.QUADS,
              "emergency=none urgent=none soon=yes precautions=none pain=2 "
                  + soonOnly("not-improving"));

      assertThat(outcome.restrictions().stepCues()).isEmpty();
    }
  }

  @Nested
  class Symptoms_still_there {
    private final LocalDate day = LocalDate.of(2026, 12, 1);

    private TriageContext after(Level level) {
      return new TriageContext(
          Optional.of(Area.CALVES),
          false,
          Optional.of(level),
          Optional.of(day),
          List.of("one-limb-swelling"));
    }

    @Test
    void should_ask_after_urgent_advice_that_was_not_checked_naming_the_day_and_symptoms() {
      Question q = needed(after(Level.URGENT), "checked-since=no", false);

      assertThat(q.id()).isEqualTo("symptoms-still-there");
      assertThat(q.text()).contains("on 1 December 2026");
      assertThat(q.items())
          .containsExactly(CATALOGUE.flag("one-limb-swelling").orElseThrow().summary());
      assertThat(q.level()).contains(Level.URGENT);
    }

    @Test
    void should_give_the_same_level_again_when_the_symptoms_are_still_there() {
      TriageOutcome emergency =
          decide(after(Level.EMERGENCY), "checked-since=no symptoms-still-there=yes", false);
      TriageOutcome urgent =
          decide(
              after(Level.URGENT),
              "checked-since=no symptoms-still-there=yes emergency=none",
              false);

      assertThat(emergency.level()).isEqualTo(Level.EMERGENCY);
      assertThat(urgent.level()).isEqualTo(Level.URGENT);
    }

    @Test
    void should_send_to_be_seen_today_never_to_call_now_when_the_symptoms_are_gone() {
      TriageOutcome outcome =
          decide(
              after(Level.EMERGENCY),
              "checked-since=no symptoms-still-there=no emergency=none",
              false);

      assertThat(outcome.level()).isEqualTo(Level.URGENT);
      assertThat(outcome.sessionAllowed()).isFalse();
      assertThat(outcome.reasons())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.id()).isEqualTo("previous-advice");
                assertThat(r.text())
                    .contains("not been checked since 1 December 2026", "get seen today");
              });
      assertThat(outcome.title()).doesNotContain("call");
    }

    @Test
    void should_still_ask_the_emergency_list_when_the_symptoms_are_gone() {
      assertThat(
              needed(after(Level.EMERGENCY), "checked-since=no symptoms-still-there=no", false)
                  .id())
          .isEqualTo("emergency");
    }

    @Test
    void should_name_the_day_of_that_check_when_history_gives_none() {
      TriageContext context =
          new TriageContext(Optional.of(Area.CALVES), false, Optional.of(Level.URGENT));

      assertThat(needed(context, "checked-since=no", false).text())
          .contains("on the day of that check");
    }

    @Test
    void should_not_ask_after_soon_advice_or_when_checked_since() {
      assertThat(TriageEngine.symptomsFollowUpPending(after(Level.SOON), no("checked-since")))
          .isFalse();
      assertThat(
              TriageEngine.symptomsFollowUpPending(
                  after(Level.URGENT), Answers.none().with("checked-since", true)))
          .isFalse();
      assertThat(TriageEngine.symptomsFollowUpPending(after(Level.URGENT), no("checked-since")))
          .isTrue();
      assertThat(needed(after(Level.SOON), "checked-since=no", false).id()).isEqualTo("emergency");
    }

    @Test
    void should_ignore_the_answer_without_a_pending_follow_up() {
      TriageOutcome outcome =
          decide(TriageContext.forArea(Area.CALVES), "symptoms-still-there=yes none pain=2", false);

      assertThat(outcome.level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void should_accept_the_id_and_list_it_among_the_valid_ids() {
      AnswerParser parser = new AnswerParser(CATALOGUE);

      assertThat(
              parser
                  .parse(List.of("symptoms-still-there=no"), Optional.empty())
                  .isNo("symptoms-still-there"))
          .isTrue();
      assertThat(parser.validIds(Optional.of(Area.CALVES))).contains("symptoms-still-there");
    }

    private Answers no(String id) {
      return Answers.none().with(id, false);
    }
  }

  /** "id=yes" and every other precaution of the catalogue "no". */
  private static String only(String id) {
    return id + "=yes " + rest(id);
  }

  /** Every precaution but {@code id} and the follow-ups answered no. */
  private static String rest(String id) {
    StringBuilder out = new StringBuilder();
    for (Precaution p : CATALOGUE.precautions()) {
      if (!p.id().equals(id) && p.after().isEmpty()) {
        out.append(p.id()).append("=no ");
      }
    }
    return out.toString().strip();
  }

  /** "id=yes" and every other SOON flag "no". */
  private static String soonOnly(String id) {
    StringBuilder out = new StringBuilder(id + "=yes");
    for (Flag f : CATALOGUE.flags()) {
      if (f.level() == Level.SOON && f.asked() && !f.id().equals(id)) {
        out.append(' ').append(f.id()).append("=no");
      }
    }
    return out.toString();
  }
}
