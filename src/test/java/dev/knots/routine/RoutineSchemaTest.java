package dev.knots.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.knots.body.Area;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema and the loader agree: on the bundled library and on examples. */
class RoutineSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(RoutineSchema.text());
  private final RoutineLoader loader = new RoutineLoader();

  private static Set<ValidationMessage> schemaErrors(byte[] content) throws Exception {
    JsonNode node = YAML.readTree(content);
    return SCHEMA.validate(node);
  }

  private boolean loaderAccepts(String id, byte[] content) {
    try {
      loader.parse(id + ".yaml", content, id);
      return true;
    } catch (RoutineException e) {
      return false;
    }
  }

  @Test
  void should_declare_draft_07() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(RoutineSchema.text());

    assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
  }

  @Test
  void should_accept_every_bundled_routine() throws Exception {
    for (String file : BundledRoutines.fileNames()) {
      byte[] content = BundledRoutines.content(file.replace(".yaml", "")).orElseThrow();

      assertThat(schemaErrors(content)).as(file).isEmpty();
    }
  }

  @Test
  void should_accept_the_scaffold_like_the_loader_does() throws Exception {
    byte[] content =
        RoutineScaffold.text("calf-extra", Area.CALVES).getBytes(StandardCharsets.UTF_8);

    assertThat(schemaErrors(content)).isEmpty();
    assertThat(loaderAccepts("calf-extra", content)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal", "calf-release", "with-bom"})
  void should_agree_with_the_loader_when_the_example_is_valid(String name) throws Exception {
    byte[] content = read("valid", name);

    assertThat(loaderAccepts(name, content)).isTrue();
    assertThat(schemaErrors(content)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "misspelt-keys",
        "wrong-types",
        "steps-not-a-list",
        "empty-steps",
        "missing-steps",
        "missing-everything",
        "step-missing-kind-and-duration",
        "unknown-area",
        "unknown-area-no-suggestion",
        "unknown-kind",
        "unknown-sides",
        "unknown-pressure",
        "passes-on-stretch",
        "zero-passes",
        "negative-passes",
        "bare-number-duration",
        "unreadable-duration",
        "negative-duration",
        "list-instead-of-mapping",
        "text-instead-of-mapping"
      })
  void should_agree_with_the_loader_when_the_example_is_invalid(String name) throws Exception {
    byte[] content = read("invalid", name);

    assertThat(loaderAccepts(name, content)).isFalse();
    assertThat(schemaErrors(content)).isNotEmpty();
  }

  private static byte[] read(String folder, String name) throws Exception {
    Path file = RoutineGoldenFilesTest.folder(folder).resolve(name + ".yaml");
    return Files.readAllBytes(file);
  }
}
