package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled catalogue against the table of triage.md, transcribed here as the contract. */
class CatalogueTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  /** id -> "LEVEL|areas" exactly as the table of triage.md says. */
  private static final Map<String, String> SPEC = new LinkedHashMap<>();

  static {
    SPEC.put("chest-pain", "EMERGENCY|all");
    SPEC.put("sudden-breathlessness", "EMERGENCY|all");
    SPEC.put("stroke-signs", "EMERGENCY|all");
    SPEC.put("neck-artery-signs", "EMERGENCY|neck,shoulders,upper-back");
    SPEC.put("meningitis-signs", "EMERGENCY|all");
    SPEC.put("cauda-equina-signs", "EMERGENCY|all");
    SPEC.put("serious-injury", "EMERGENCY|all");
    SPEC.put("sudden-severe-pain", "EMERGENCY|all");
    SPEC.put("cold-pale-limb", "EMERGENCY|legs,shoulders,forearms");
    SPEC.put("sepsis-signs", "EMERGENCY|all");
    SPEC.put("dark-urine", "EMERGENCY|all");
    SPEC.put("tearing-pain", "EMERGENCY|upper-back,chest,lower-back,neck");
    SPEC.put("one-limb-swelling", "URGENT|legs,forearms,shoulders,chest");
    SPEC.put("spine-pain-with-fever", "URGENT|spine");
    SPEC.put("cancer-or-weight-loss", "URGENT|spine");
    SPEC.put("night-or-rest-pain", "URGENT|lower-back,upper-back");
    SPEC.put("arm-nerve-signs", "URGENT|neck,upper-back,shoulders,forearms");
    SPEC.put("severe-shoulder-signs", "URGENT|shoulders,chest,upper-back");
    SPEC.put("hot-red-skin", "URGENT|all");
    SPEC.put("statin-muscle-pain", "URGENT|all");
    SPEC.put("snap-injury", "URGENT|calves,feet,hamstrings,quads,forearms");
    SPEC.put("diabetic-foot", "URGENT|feet,calves");
    SPEC.put("severe-pain", "URGENT|all");
    SPEC.put("not-improving", "SOON|all");
    SPEC.put("radiating-pain", "SOON|lower-back,glutes,hamstrings,calves,neck,shoulders,forearms");
    SPEC.put("exercise-recurring-symptoms", "SOON|calves,forearms,quads,hamstrings");
    SPEC.put("inflammatory-back-pain", "SOON|lower-back,glutes");
    SPEC.put("first-spine-pain-age", "SOON|spine");
    SPEC.put("growing-lump", "SOON|all");
  }

  private static final Set<String> PRECAUTIONS =
      Set.of(
          "recent-injury",
          "feeling-unwell",
          "blood-thinners",
          "varicose-veins",
          "osteoporosis",
          "pregnancy",
          "reduced-feeling",
          "broken-skin",
          "known-clot",
          "fracture",
          "cancer-in-area",
          "implant",
          "high-risk-pregnancy");

  private static Set<Area> areas(String spec) {
    Set<Area> areas = EnumSet.noneOf(Area.class);
    for (String name : spec.split(",")) {
      switch (name) {
        case "all" -> areas.addAll(EnumSet.allOf(Area.class));
        case "legs" -> Arrays.stream(Area.values()).filter(Area::isLeg).forEach(areas::add);
        case "spine" -> Arrays.stream(Area.values()).filter(Area::isSpine).forEach(areas::add);
        default -> areas.add(Area.parse(name).orElseThrow());
      }
    }
    return areas;
  }

  @Test
  void should_hold_exactly_the_flag_ids_of_the_spec_in_its_order() {
    assertThat(CATALOGUE.flags()).extracting(Flag::id).containsExactlyElementsOf(SPEC.keySet());
  }

  @Test
  void should_give_every_flag_the_level_and_areas_of_the_spec() {
    for (Flag flag : CATALOGUE.flags()) {
      String[] spec = SPEC.get(flag.id()).split("\\|");
      assertThat(flag.level()).as(flag.id()).isEqualTo(Level.valueOf(spec[0]));
      assertThat(flag.areas()).as(flag.id()).isEqualTo(areas(spec[1]));
    }
  }

  @Test
  void should_hold_exactly_the_precautions_of_the_spec() {
    assertThat(CATALOGUE.precautions())
        .extracting(Precaution::id)
        .containsExactlyInAnyOrderElementsOf(PRECAUTIONS);
  }

  @Test
  void should_give_varicose_veins_to_the_legs_known_clot_to_the_limbs_and_others_to_all_areas() {
    for (Precaution p : CATALOGUE.precautions()) {
      Set<Area> expected =
          areas(
              switch (p.id()) {
                case "varicose-veins" -> "legs";
                case "known-clot" -> "legs,forearms,shoulders,chest";
                default -> "all";
              });
      assertThat(p.areas()).as(p.id()).isEqualTo(expected);
    }
  }

  @Test
  void should_give_each_precaution_the_effects_of_the_spec() {
    Map<String, Set<Effect>> expected =
        Map.of(
            "recent-injury", Set.of(Effect.NO_SESSION_TODAY, Effect.IN_THIS_AREA),
            "feeling-unwell", Set.of(Effect.NO_SESSION_TODAY),
            "blood-thinners", Set.of(Effect.LIGHT_PRESSURE_ONLY, Effect.NO_BALL_WORK),
            "varicose-veins", Set.of(Effect.STEP_CUE),
            "osteoporosis", Set.of(Effect.SKIP_SPINE_OR_RIB_ROLLING, Effect.LIGHT_PRESSURE_ONLY),
            "pregnancy",
                Set.of(
                    Effect.NO_DEEP_LEG_PRESSURE,
                    Effect.NOTHING_ON_BELLY,
                    Effect.NO_FACE_DOWN_ON_ROLLER),
            "reduced-feeling", Set.of(Effect.LIGHT_PRESSURE_ONLY, Effect.IN_THIS_AREA),
            "broken-skin", Set.of(Effect.STEP_CUE, Effect.IN_THIS_AREA));
    expected = new HashMap<>(expected);
    expected.put("known-clot", Set.of(Effect.NO_SESSION_TODAY, Effect.IN_THIS_AREA));
    expected.put("fracture", Set.of(Effect.NO_SESSION_TODAY, Effect.IN_THIS_AREA));
    expected.put("cancer-in-area", Set.of(Effect.NO_SESSION_TODAY, Effect.IN_THIS_AREA));
    expected.put("implant", Set.of(Effect.STEP_CUE, Effect.IN_THIS_AREA));
    expected.put("high-risk-pregnancy", Set.of(Effect.NO_SESSION_TODAY));
    Map<String, Set<Effect>> actual =
        CATALOGUE.precautions().stream()
            .collect(Collectors.toMap(Precaution::id, Precaution::effects));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void should_ask_every_flag_but_severe_pain_which_the_rating_fires() {
    assertThat(CATALOGUE.flags().stream().filter(f -> !f.asked()).map(Flag::id))
        .containsExactly("severe-pain");
  }

  @Test
  void should_give_every_entry_a_question_a_summary_a_reason_and_sources() {
    for (Flag flag : CATALOGUE.flags()) {
      assertThat(flag.question()).as(flag.id()).isNotEmpty();
      assertThat(flag.summary()).as(flag.id()).isNotBlank();
      assertThat(flag.reason()).as(flag.id()).isNotBlank();
      assertThat(flag.sources()).as(flag.id()).isNotEmpty();
    }
    for (Precaution p : CATALOGUE.precautions()) {
      assertThat(p.question()).as(p.id()).isNotEmpty();
      assertThat(p.advice()).as(p.id()).isNotBlank();
      assertThat(p.sources()).as(p.id()).isNotEmpty();
    }
  }

  @Test
  void should_cite_the_reference_code_of_each_flag() {
    Map<String, String> codes = new LinkedHashMap<>();
    String[] ids = SPEC.keySet().toArray(String[]::new);
    String[] expected = {
      "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "U1", "U2", "U3",
      "U4", "U5", "U6", "U7", "U8", "U9", "U10", null, "S1", "S2", "S3", "S4", "S5", "S6"
    };
    for (int i = 0; i < ids.length; i++) {
      codes.put(ids[i], expected[i]);
    }
    for (Flag flag : CATALOGUE.flags()) {
      String code = codes.get(flag.id());
      if (code != null) {
        assertThat(flag.sources()).as(flag.id()).contains(code);
      }
    }
  }

  @Test
  void should_anchor_every_pain_value_from_0_to_10_exactly_once_with_severe_from_7() {
    for (int value : IntStream.rangeClosed(0, 10).toArray()) {
      assertThat(CATALOGUE.anchors().stream().filter(a -> a.from() <= value && value <= a.to()))
          .as("pain " + value)
          .hasSize(1);
    }
    assertThat(CATALOGUE.severeFrom()).isEqualTo(7);
    assertThat(CATALOGUE.anchors())
        .extracting(PainAnchor::label)
        .containsExactly("mild", "moderate", "severe");
  }

  @Test
  void should_name_999_and_911_and_the_number_placeholder_in_the_emergency_advice() {
    LevelAdvice emergency = CATALOGUE.advice(Level.EMERGENCY);
    assertThat(emergency.whatToDo()).contains("{number}", "999", "911");
    assertThat(emergency.title()).contains("{number}");
  }

  @Test
  void should_refuse_a_catalogue_without_advice_for_every_level() {
    Map<Level, LevelAdvice> levels = new EnumMap<>(CATALOGUE.levels());
    levels.remove(Level.SOON);

    assertThatThrownBy(
            () ->
                new Catalogue(
                    CATALOGUE.flags(),
                    CATALOGUE.precautions(),
                    CATALOGUE.anchors(),
                    7,
                    levels,
                    CATALOGUE.texts()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SOON");
  }

  @Test
  void should_keep_every_question_line_short_enough_to_read_in_pain() {
    for (Flag flag : CATALOGUE.flags()) {
      assertThat(flag.question()).as(flag.id()).allSatisfy(l -> assertThat(l).hasSizeLessThan(130));
    }
  }
}
