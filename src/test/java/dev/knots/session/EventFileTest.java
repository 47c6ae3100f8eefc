package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFileTest {
  private static final SessionEvent EVENT =
      new SessionEvent("pause", 1200, 2, "Say \"hi\"\t", "left", 42, "");

  @Test
  void should_warn_once_and_stop_writing_when_the_disk_is_full() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full));
    List<String> warnings = new ArrayList<>();
    try (EventFile file = EventFile.open(full, warnings::add)) {
      file.accept(EVENT);
      file.accept(EVENT);
    }
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith("cannot write to the events file /dev/full")
        .endsWith("no more events are written, the session goes on");
  }

  @Test
  void should_write_one_json_object_a_line_with_text_escaped() {
    assertThat(EVENT.json())
        .isEqualTo(
            "{\"event\":\"pause\",\"offsetMs\":1200,\"step\":2,\"name\":\"Say \\\"hi\\\"\\t\","
                + "\"side\":\"left\",\"secondsLeft\":42}");
  }
}
