package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON outcome keeps the documented shape at every level. */
class TriageJsonSchemaTest {
  @TempDir Path home;

  private static JsonSchema schema() throws Exception {
    try (InputStream in =
        TriageJsonSchemaTest.class.getResourceAsStream("triage-outcome.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pain=2",
        "pain=2 radiating-pain=yes",
        "pain=8",
        "pain=2 recent-injury=yes varicose-veins=yes",
        "chest-pain=yes"
      })
  void should_match_the_schema(String answers) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("triage", "--area", "calves", "--format", "json", "--answer", "none"));
    for (String a : answers.split(" ")) {
      args.add("--answer");
      args.add(a);
    }
    CliRun.Result r = new CliRun(home).run(args.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.toString()).isIn(0, 3);
    assertThat(schema().validate(new ObjectMapper().readTree(r.out()))).isEmpty();
  }
}
