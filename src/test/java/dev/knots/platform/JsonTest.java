package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer against Jackson's pretty printer, which wrote knots' JSON before it. */
class JsonTest {
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void should_write_a_document_as_jacksons_pretty_printer_does() throws Exception {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("area", "neck");
    tree.put("none", null);
    tree.put("allowed", true);
    tree.put("seconds", 90L);
    tree.put("empty", List.of());
    tree.put("nothing", Map.of());
    tree.put("reasons", List.of(Map.of("id", "a"), Map.of("id", "b\n\"c\"\t\u0001é")));
    tree.put("words", List.of("x", 1, false));

    assertThat(Json.pretty(tree))
        .isEqualTo(JACKSON.writeValueAsString(tree))
        .isEqualTo(
            """
            {
              "area" : "neck",
              "none" : null,
              "allowed" : true,
              "seconds" : 90,
              "empty" : [ ],
              "nothing" : { },
              "reasons" : [ {
                "id" : "a"
              }, {
                "id" : "b\\n\\"c\\"\\t\\u0001é"
              } ],
              "words" : [ "x", 1, false ]
            }""");
  }

  @Test
  void should_agree_with_jackson_on_many_random_trees() throws Exception {
    Random random = new Random(16);
    for (int i = 0; i < 2000; i++) {
      Object tree = tree(random, 0);
      assertThat(Json.pretty(tree)).as("tree %s", i).isEqualTo(JACKSON.writeValueAsString(tree));
    }
  }

  @Test
  void should_write_one_line_as_jacksons_compact_writer_does_on_many_random_trees()
      throws Exception {
    ObjectMapper compact = new ObjectMapper();
    Random random = new Random(61);
    for (int i = 0; i < 2000; i++) {
      Object tree = tree(random, 0);
      assertThat(Json.line(tree)).as("tree %s", i).isEqualTo(compact.writeValueAsString(tree));
    }
  }

  private static Object tree(Random random, int depth) {
    return switch (random.nextInt(depth > 3 ? 5 : 7)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt(3) == 0 ? (Object) random.nextLong() : random.nextInt(2000) - 1000;
      case 3, 4 -> text(random);
      case 5 -> {
        List<Object> list = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          list.add(tree(random, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          map.put(text(random), tree(random, depth + 1));
        }
        yield map;
      }
    };
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(6); n > 0; n--) {
      int pick = random.nextInt(6);
      text.append(
          pick == 0
              ? (char) random.nextInt(0x20)
              : pick == 1
                  ? "\"\\/".charAt(random.nextInt(3))
                  : (char) (0x20 + random.nextInt(500)));
    }
    return text.toString();
  }
}
