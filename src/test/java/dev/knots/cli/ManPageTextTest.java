package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManPageTextTest {
  private static final String PAGE =
      String.join(
          "\n",
          "// tag::picocli-generated-full-manpage[]",
          ":doctype: manpage",
          "= knots-demo(1)",
          "",
          "== Name",
          "",
          "knots-demo - A demo.",
          "",
          "== Options",
          "",
          "*-a*, *--area*=_AREA_::",
          "  The body area, with a description long enough to wrap at a narrow width.",
          "",
          "== Commands",
          "",
          "xref:knots-demo-sub.adoc[*sub*]::",
          "  A subcommand.",
          "",
          "== Exit codes:",
          "");

  @Test
  void should_drop_comments_and_attributes_and_strip_markup() {
    String text = ManPageText.render(PAGE, 80, false);

    assertThat(text)
        .startsWith("KNOTS-DEMO(1)")
        .contains("NAME\n       knots-demo - A demo.\n")
        .contains("       -a, --area=AREA\n           The body area")
        .contains("       sub\n           A subcommand.")
        .contains("EXIT CODES\n")
        .doesNotContain("//")
        .doesNotContain(":doctype")
        .doesNotContain("xref");
  }

  @Test
  void should_wrap_descriptions_to_the_width_under_their_term() {
    String text = ManPageText.render(PAGE, 40, false);

    assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(40));
    assertThat(text).contains("           The body area, with a\n           description");
  }

  @Test
  void should_make_headings_and_terms_bold_only_when_asked() {
    assertThat(ManPageText.render(PAGE, 80, true)).contains("\u001b[1mNAME\u001b[0m");
    assertThat(ManPageText.render(PAGE, 80, false)).doesNotContain("\u001b");
  }

  @Test
  void should_keep_underscores_and_stars_inside_words() {
    assertThat(ManPageText.inline("NO_COLOR and a*b and *bold* _it_"))
        .isEqualTo("NO_COLOR and a*b and bold it");
  }
}
