package dev.knots.routine;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast reader against the full parser on generated text: a typical file with text YAML reads in
 * a special way inserted, and short values of special characters.
 */
class SimpleYamlReaderPropertiesTest {
  /** Text that YAML reads in a special way, inserted into typical files at random. */
  private static final List<String> SPECIAL =
      List.of(
          " ",
          "  ",
          "\n",
          "\n  ",
          "\n    ",
          ":",
          ": ",
          "-",
          "- ",
          "#",
          " #",
          "'",
          "''",
          "\"",
          "\\",
          "[",
          "]",
          ",",
          ", ",
          "{",
          "}",
          "&a ",
          "*a",
          "!",
          "!!str ",
          "|",
          ">",
          "%",
          "@",
          "`",
          "?",
          "? ",
          "~",
          "null",
          "Null",
          "yes",
          "no",
          "NO",
          "on",
          "off",
          "true",
          "y",
          "n",
          "0",
          "1",
          "07",
          "0x1F",
          "0b1",
          "1_000",
          "-1",
          "+1",
          ".5",
          "1.5",
          "1e3",
          "1:30",
          "190:20:30",
          "2026-11-25",
          "<<",
          "=",
          "---",
          "...",
          "\t",
          "\r\n",
          "\r",
          "é",
          "\u2028",
          "\u0085",
          "\u00A0",
          "\uD83D\uDE00",
          "a: b",
          "x",
          "name: ",
          "steps:",
          "  - ",
          ".inf",
          ".nan");

  @Property(tries = 3000)
  @Label("should agree with the full parser on typical files with special text inserted")
  void should_agree_with_the_full_parser_on_edited_files(@ForAll("edited") String text) {
    Statistics.collect(SimpleYamlReader.read(text) == null ? "left to the full parser" : "read");
    SimpleYamlReaderTest.assertSameAsFullParser(text);
  }

  @Property(tries = 3000)
  @Label("should agree with the full parser on any short value, plain, listed or in brackets")
  void should_agree_with_the_full_parser_on_any_short_value(
      @ForAll
          @StringLength(max = 8)
          @Chars({
            'a', 'n', 'o', 'y', 'T', 'x', 'e', 'E', 'Z', 'b', 's', 'm', '0', '1', '7', '9', '_',
            '-', '+', '.', ':', ' ', '#', '"', '\'', '[', ']', ',', '~', '&', '*', '!', '<', '=',
            '@', '?', '|', '>'
          })
          String value) {
    SimpleYamlReaderTest.assertSameAsFullParser(
        "name: " + value + "\nsteps:\n  - kind: " + value + "\n");
    SimpleYamlReaderTest.assertSameAsFullParser("cautions:\n  - " + value + "\n");
    SimpleYamlReaderTest.assertSameAsFullParser("equipment: [" + value + ", b]\n");
    SimpleYamlReaderTest.assertSameAsFullParser(value + ": x\n");
  }

  @Provide
  Arbitrary<String> edited() {
    Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, SimpleYamlReaderTest.TYPICAL.length()),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(SPECIAL))
            .as(Tuple::of);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            edits -> {
              StringBuilder text = new StringBuilder(SimpleYamlReaderTest.TYPICAL);
              for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = Math.min(e.get1(), text.length());
                // delete 0 to 3 characters there, then insert the special text
                text.delete(at, Math.min(text.length(), at + e.get2()));
                text.insert(at, e.get3());
              }
              return text.toString();
            });
  }
}
