package dev.knots.triage;

import static dev.knots.triage.TriageFixtures.CATALOGUE;
import static dev.knots.triage.TriageFixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.knots.body.Area;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The lay-reader check, replayed: people in their own words (lay/people.yaml), the answers readers
 * gave as those people after reading only their words and the quiz (lay/answers.yaml), run through
 * the engine the way the quiz asks. The readers themselves are not deterministic, so the build
 * keeps only their recorded answers, and refuses them once the wording they read has changed
 * (lay/README.md says how to ask readers again).
 */
class LayReaderReplayTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String WORDING_READ = "wording.sha256";

  @Test
  void should_keep_every_benign_person_at_self_care_and_miss_no_warning_sign() throws IOException {
    JsonNode people = read("people.yaml");
    JsonNode answers = read("answers.yaml");
    List<String> problems = new ArrayList<>();
    int exact = 0;
    for (JsonNode person : people) {
      String id = person.path("id").asText();
      Area area = Area.parse(person.path("area").asText()).orElseThrow();
      JsonNode truth = person.path("truth");
      Level want = Level.valueOf(truth.path("level").asText());
      TriageOutcome got = replay(id, area, answers.path(id));
      if (truth.path("benign").asBoolean() && got.level() != Level.SELF_CARE) {
        problems.add(id + ": benign, but sent to " + got.level());
      }
      if (got.level().compareTo(want) < 0) {
        problems.add(id + ": " + want + " warning sign, but told " + got.level());
      }
      if (want == Level.SELF_CARE) {
        for (JsonNode precaution : truth.path("precautions")) {
          if (!got.restrictions().precautionIds().contains(precaution.asText())) {
            problems.add(id + ": the precaution " + precaution.asText() + " was not taken");
          }
        }
      }
      exact += got.level() == want ? 1 : 0;
    }
    assertThat(problems).isEmpty();
    assertThat(people).hasSize(52);
    // one person with a statin's leg weakness reads the cauda-equina line as theirs: over, not
    // under
    assertThat(exact).isEqualTo(51);
  }

  @Test
  void should_replay_answers_to_the_wording_the_readers_read() throws IOException {
    String recorded;
    try (InputStream in = resource(WORDING_READ)) {
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().get();
    }

    assertThat(wording())
        .as(
            "the quiz's wording changed since the lay readers answered: ask readers again"
                + " (src/test/resources/dev/knots/triage/lay/README.md), then record the new"
                + " fingerprint")
        .isEqualTo(recorded.strip());
  }

  @Test
  void should_have_answers_for_exactly_the_people() throws IOException {
    Set<String> people = new TreeSet<>();
    read("people.yaml").forEach(p -> people.add(p.path("id").asText()));
    Set<String> answered = new TreeSet<>();
    read("answers.yaml").fieldNames().forEachRemaining(answered::add);

    assertThat(answered).isEqualTo(people);
  }

  /** Asks as the quiz does, one needed question at a time, answered from the record. */
  private static TriageOutcome replay(String id, Area area, JsonNode recorded) {
    Answers answers = Answers.none();
    for (int asked = 0; asked < 200; asked++) {
      Assessment assessment = ENGINE.assess(TriageContext.forArea(area), answers, false);
      if (assessment instanceof Assessment.Decided decided) {
        return decided.outcome();
      }
      Question question = ((Assessment.Needed) assessment).question();
      JsonNode answer = recorded.path(question.id());
      if (answer.isMissingNode()) {
        fail(
            id
                + ": the quiz asks '"
                + question.id()
                + "', which the readers never answered - ask readers again (lay/README.md)");
      }
      answers =
          question.kind() == Question.Kind.SCALE
              ? answers.with(question.id(), answer.asInt())
              : answers.with(question.id(), yes(answer));
    }
    return fail(id + ": the quiz never ended");
  }

  /** "yes", however the YAML reader typed it (a YAML 1.1 reader may make it a boolean). */
  private static boolean yes(JsonNode answer) {
    return answer.isBoolean() ? answer.booleanValue() : answer.asText().equals("yes");
  }

  /** SHA-256 of every line the readers' packets showed, for every area (as triage --list). */
  static String wording() {
    StringBuilder text = new StringBuilder(CATALOGUE.texts().groupQuestion()).append('\n');
    for (Area area : Area.values()) {
      text.append("## ").append(area.id()).append('\n');
      for (Group group : Group.values()) {
        for (String item : CATALOGUE.itemIds(group, Optional.of(area))) {
          Optional<Flag> flag = CATALOGUE.flag(item);
          Precaution precaution = flag.isPresent() ? null : CATALOGUE.precaution(item).get();
          text.append(item).append('\n');
          text.append(flag.isPresent() ? flag.get().summary() : precaution.summary()).append('\n');
          for (String line : flag.isPresent() ? flag.get().question() : precaution.question()) {
            text.append(line).append('\n');
          }
        }
      }
    }
    text.append(CATALOGUE.texts().painQuestion()).append('\n');
    for (PainAnchor anchor : CATALOGUE.anchors()) {
      text.append(anchor).append('\n');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return YAML.readTree(in);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = LayReaderReplayTest.class.getResourceAsStream("lay/" + name);
    assertThat(in).as("lay/" + name).isNotNull();
    return in;
  }
}
