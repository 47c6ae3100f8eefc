package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules of triage.md v2 for the words a person reads, held over the whole bundled catalogue:
 * one question per item, no negative questions, no jargon, short list lines, and a reading grade of
 * at most 9 for every line (Flesch-Kincaid, computed by {@link Readability}).
 */
class CatalogueWordingTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();
  private static final double MAX_GRADE = 9.0;

  /** Negative questions a tired reader answers the wrong way round (rule 3). */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "\\b(can you not|can't you|cannot you|won't you|do you not|don't you|are you not"
              + "|not eased|not getting|isn't it|is it not)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Rule 4's words, and others found in the v1 catalogue or the reference: none may appear in a
   * question, a list line or advice. (A reason may name a condition in brackets after saying it in
   * plain words, for the person to tell a doctor: it is checked against the spec's list only.)
   */
  private static final List<String> JARGON =
      List.of(
          "spondyloarthritis",
          "platelets",
          "acutely",
          "phlebitis",
          "neuropathy",
          "combined contraception",
          "fixed or deep",
          "older",
          "much less urine",
          "for a long time",
          "discoloured",
          "compartment syndrome",
          "cauda equina",
          "rhabdomyolysis",
          "cellulitis",
          "dvt",
          "thrombosis",
          "myelopathy",
          "sepsis",
          "aortic",
          "dissection",
          "lumbar",
          "cervical",
          "unilateral",
          "bilateral",
          "paraesthesia",
          "perineal",
          "saddle",
          "incontinence",
          "urinary retention",
          "malignancy",
          "anticoagulant",
          "contraindicat",
          "oncology",
          "inflammatory",
          "sensation",
          "acute",
          "chronic",
          "persistent",
          "unexplained",
          "prone");

  private static final List<String> SPEC_JARGON = JARGON.subList(0, 10);

  /** A line a person reads, and where it comes from. */
  record Line(String where, String text) {
    @Override
    public String toString() {
      return where + ": " + text;
    }
  }

  /** The question of every item the quiz asks (severe-pain is fired by the rating, never asked). */
  private static List<Line> questions() {
    List<Line> lines = new ArrayList<>();
    for (Flag flag : CATALOGUE.flags()) {
      if (flag.asked()) {
        lines.add(new Line(flag.id(), String.join(" ", flag.question())));
      }
    }
    for (Precaution p : CATALOGUE.precautions()) {
      lines.add(new Line(p.id(), String.join(" ", p.question())));
    }
    return lines;
  }

  private static List<Line> summaries() {
    List<Line> lines = new ArrayList<>();
    CATALOGUE.flags().stream()
        .filter(Flag::asked)
        .forEach(f -> lines.add(new Line(f.id() + " summary", f.summary())));
    CATALOGUE.precautions().forEach(p -> lines.add(new Line(p.id() + " summary", p.summary())));
    return lines;
  }

  /** Every line the quiz, the outcome or the session shows, one by one, except the reasons. */
  private static List<Line> plainLines() {
    List<Line> lines = new ArrayList<>(summaries());
    for (Flag flag : CATALOGUE.flags()) {
      if (flag.asked()) {
        flag.question().forEach(l -> lines.add(new Line(flag.id(), l)));
      }
    }
    for (Precaution p : CATALOGUE.precautions()) {
      p.question().forEach(l -> lines.add(new Line(p.id(), l)));
      lines.add(new Line(p.id() + " advice", p.advice()));
      p.cue().ifPresent(c -> lines.add(new Line(p.id() + " cue", c)));
      p.comeBack().ifPresent(c -> lines.add(new Line(p.id() + " comeBack", c)));
    }
    for (Level level : Level.values()) {
      // the title is a label that names the level (the spec's words): only its advice is prose
      lines.add(new Line(level + " advice", CATALOGUE.advice(level).whatToDo()));
    }
    Texts t = CATALOGUE.texts();
    for (String text :
        List.of(
            t.groupQuestion(),
            t.painQuestion(),
            t.checkedSince(),
            t.notCheckedReason(),
            t.acknowledge(),
            t.unspecifiedReason(),
            t.painAfter(),
            t.warningSigns(),
            t.afterAdvice(),
            t.dizzinessAdvice())) {
      lines.add(new Line("texts", text));
    }
    CATALOGUE.anchors().forEach(a -> lines.add(new Line("pain " + a.label(), a.text())));
    return lines;
  }

  private static List<Line> everyLine() {
    List<Line> lines = new ArrayList<>(plainLines());
    CATALOGUE.flags().forEach(f -> lines.add(new Line(f.id() + " reason", f.reason())));
    return lines;
  }

  @Test
  void should_ask_exactly_one_question_per_item() {
    assertThat(questions())
        .allSatisfy(
            q -> assertThat(q.text().chars().filter(c -> c == '?').count()).as(q.where()).isOne());
  }

  @Test
  void should_end_each_group_screen_line_without_a_question() {
    assertThat(summaries()).allSatisfy(s -> assertThat(s.text()).as(s.where()).doesNotContain("?"));
  }

  @Test
  void should_ask_no_negative_question() {
    List<Line> lines = new ArrayList<>(questions());
    lines.addAll(summaries());
    assertThat(lines)
        .allSatisfy(l -> assertThat(NEGATIVE.matcher(l.text()).find()).as(l.toString()).isFalse());
  }

  @Test
  void should_use_no_jargon_in_what_a_person_answers_or_follows() {
    for (Line line : plainLines()) {
      String text = line.text().toLowerCase(Locale.ROOT);
      for (String word : JARGON) {
        assertThat(Pattern.compile("\\b" + Pattern.quote(word)).matcher(text).find())
            .as("'" + word + "' in " + line)
            .isFalse();
      }
    }
  }

  @Test
  void should_use_none_of_the_spec_jargon_even_in_a_reason() {
    for (Flag flag : CATALOGUE.flags()) {
      String reason = flag.reason().toLowerCase(Locale.ROOT);
      assertThat(SPEC_JARGON).as(flag.id()).noneMatch(reason::contains);
    }
  }

  @Test
  void should_keep_every_group_screen_line_within_100_characters() {
    assertThat(summaries())
        .allSatisfy(s -> assertThat(s.text().length()).as(s.toString()).isLessThanOrEqualTo(100));
  }

  @Test
  void should_keep_every_line_a_person_reads_at_reading_grade_9_or_below() {
    List<Line> lines = everyLine();
    List<Line> hard = lines.stream().filter(l -> Readability.grade(l.text()) > MAX_GRADE).toList();
    // the worst five, for the closing note of a wording change
    lines.stream()
        .sorted(Comparator.comparingDouble((Line l) -> Readability.grade(l.text())).reversed())
        .limit(5)
        .forEach(
            l ->
                System.out.printf(
                    Locale.ROOT, "reading grade %.1f  %s%n", Readability.grade(l.text()), l));
    assertThat(hard).as("lines above grade " + MAX_GRADE).isEmpty();
  }

  @Test
  void should_say_where_the_look_alike_after_training_is_common_that_it_does_not_count() {
    for (String id :
        List.of(
            "chest-pain",
            "cauda-equina-signs",
            "sudden-severe-pain",
            "one-limb-swelling",
            "growing-lump",
            "exercise-recurring-symptoms")) {
      Flag flag = CATALOGUE.flag(id).orElseThrow();
      assertThat(String.join(" ", flag.question()))
          .as(id)
          .containsAnyOf("does not count", "do not count", "not only when");
    }
  }

  @Test
  void should_ask_the_pain_at_rest_not_when_pressing_the_knot() {
    assertThat(CATALOGUE.texts().painQuestion())
        .startsWith("How bad is the pain right now, at rest (not when you press the knot)?");
  }
}
