package dev.knots.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files of {@code knots triage --format json}, first written by the command before its JSON
 * moved here. {@code -Dknots.golden.update=true} rewrites them (then read the diff: scripts read
 * it).
 */
class TriageJsonTest {
  private static final Path FOLDER = Path.of("src/test/resources/dev/knots/triage/json");

  @ParameterizedTest
  @EnumSource(Area.class)
  void should_list_an_areas_questions_as_the_golden_file_says(Area area) throws Exception {
    assertGolden("list-" + area.id(), TriageJson.listing(TriageFixtures.CATALOGUE, area));
  }

  @ParameterizedTest
  @CsvSource({
    "self-care, calves, none pain=3",
    "precaution, calves, none pain=2 varicose-veins=yes",
    "soon, neck, none pain=2 not-improving=yes",
    "stops-today, neck, none pain=2 recent-injury=yes",
    "urgent, feet, emergency=none diabetic-foot=yes",
    "emergency, calves, chest-pain=yes",
    "no-area, , none pain=2"
  })
  void should_write_an_outcome_as_the_golden_file_says(String name, String areaId, String spec)
      throws Exception {
    Optional<Area> area = Optional.ofNullable(areaId).flatMap(Area::parse);
    Answers answers =
        new AnswerParser(TriageFixtures.CATALOGUE).parse(Arrays.asList(spec.split(" ")), area);
    TriageContext context = area.map(TriageContext::forArea).orElse(TriageContext.anyArea());
    Assessment assessment = TriageFixtures.ENGINE.assess(context, answers, false);

    assertThat(assessment).isInstanceOf(Assessment.Decided.class);
    assertGolden(
        name, TriageJson.outcome(((Assessment.Decided) assessment).outcome(), area, answers));
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path golden = FOLDER.resolve(name + ".json");
    if (Boolean.getBoolean("knots.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(FOLDER);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
