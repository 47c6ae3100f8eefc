package dev.knots.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.knots.body.Area;
import dev.knots.history.Ending;
import dev.knots.history.HistoryRow;
import dev.knots.history.TriageEntry;
import dev.knots.history.TriageRecord;
import dev.knots.platform.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written JSON against Jackson, which wrote the history's JSON before it streamed: the
 * same bytes for any text and any rows, so scripts reading the export see no change.
 */
class HistoryJsonPropertiesTest {
  private static final ObjectWriter JACKSON =
      new ObjectMapper()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  @Property
  void a_string_is_escaped_as_jackson_escapes_it(@ForAll("text") String text) throws Exception {
    assertThat(Json.pretty(text)).isEqualTo(new ObjectMapper().writeValueAsString(text));
  }

  @Property(tries = 200)
  void rows_are_written_as_jackson_pretty_prints_them(@ForAll("rows") List<HistoryRow> rows)
      throws Exception {
    List<Map<String, Object>> fields = new ArrayList<>();
    rows.forEach(r -> fields.add(fields(r)));
    String jackson = rows.isEmpty() ? "[]" : JACKSON.writeValueAsString(fields);
    assertThat(new HistoryJson("\n").render(rows)).isEqualTo(jackson + "\n");
  }

  /** The fields as the export put them into a map for Jackson, in the order of the columns. */
  private static Map<String, Object> fields(HistoryRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind().text());
    m.put("id", r.id());
    m.put("at", r.at().toString());
    m.put("area", r.area() == null ? null : r.area().id());
    m.put("routine", r.routine());
    m.put("origin", r.origin());
    m.put("level", r.level());
    m.put("fired", r.fired());
    m.put("precautions", r.precautions());
    m.put("answers", r.answers());
    m.put("painBefore", r.painBefore());
    m.put("painAfter", r.painAfter());
    m.put("stepsDone", r.stepsDone());
    m.put("stepsSkipped", r.stepsSkipped());
    m.put("seconds", r.seconds());
    m.put("ending", r.endingName());
    m.put("feltWarningSigns", r.feltWarningSigns());
    m.put("stopReason", r.stopReason());
    m.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
    assertThat(m.keySet()).containsExactlyElementsOf(HistoryRow.FIELDS);
    return m;
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(12),
        Arbitraries.strings()
            .withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028 é")
            .ofMaxLength(8));
  }

  @Provide
  Arbitrary<List<HistoryRow>> rows() {
    Arbitrary<String> text = text();
    Arbitrary<String> nullable = text.injectNull(0.3);
    Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10).injectNull(0.3);
    Arbitrary<Instant> at =
        Arbitraries.longs().between(0, 4_000_000_000_000L).map(Instant::ofEpochMilli);
    Arbitrary<Map<String, String>> answers = Arbitraries.maps(text, text).ofMaxSize(3);
    Arbitrary<HistoryRow> session =
        Combinators.combine(
                Arbitraries.longs().between(1, Long.MAX_VALUE),
                at,
                Arbitraries.of(Area.class),
                text,
                nullable,
                text.list().ofMaxSize(3),
                pain,
                Arbitraries.of(Ending.class).injectNull(0.2))
            .as(
                (id, when, area, routine, why, fired, before, ending) ->
                    new HistoryRow(
                        HistoryRow.Kind.SESSION,
                        id,
                        when,
                        area,
                        routine,
                        "bundled",
                        "SELF_CARE",
                        fired,
                        List.of(),
                        null,
                        before,
                        ending == null ? null : before,
                        ending == null ? null : 4,
                        ending == null ? null : 0,
                        ending == null ? null : 600L,
                        ending,
                        ending == null ? null : ending == Ending.STOPPED,
                        why,
                        ending == null ? null : when.plusSeconds(600)));
    Arbitrary<HistoryRow> check =
        Combinators.combine(
                Arbitraries.longs().between(1, 1000),
                at,
                Arbitraries.of(Area.class).injectNull(0.3),
                text.list().ofMaxSize(3),
                answers)
            .as(
                (id, when, area, fired, given) ->
                    HistoryRow.of(
                        new TriageEntry(id, new TriageRecord(area, when, "SOON", fired, given))));
    return Arbitraries.oneOf(session, check).list().ofMaxSize(4);
  }
}
