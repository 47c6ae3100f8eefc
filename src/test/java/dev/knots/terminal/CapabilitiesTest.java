package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  /** The pattern InfoCmp.parseInfoCmp finds a line's entries with. */
  private static final Pattern JLINE_ENTRY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");

  @Test
  void should_read_every_bundled_type_as_jline_reads_it() throws Exception {
    List<String> types = bundledTypes();

    assertThat(types).contains("xterm-256color", "screen", "rxvt-unicode", "ansi", "dumb");
    for (String type : types) {
      assertThat(Capabilities.isBundled(type)).as(type).isTrue();
      assertThat(Capabilities.bundled(type)).as(type).isEqualTo(InfoCmp.getDefaultInfoCmp(type));
    }
  }

  @Test
  void should_find_the_capabilities_jline_finds_for_every_bundled_type() throws Exception {
    for (String type : bundledTypes()) {
      String description = InfoCmp.getDefaultInfoCmp(type);
      Set<Capability> bools = new HashSet<>();
      Map<Capability, Integer> ints = new HashMap<>();
      Map<Capability, String> strings = new HashMap<>();
      Set<Capability> jlineBools = new HashSet<>();
      Map<Capability, Integer> jlineInts = new HashMap<>();
      Map<Capability, String> jlineStrings = new HashMap<>();

      Capabilities.parse(description, bools, ints, strings);
      InfoCmp.parseInfoCmp(description, jlineBools, jlineInts, jlineStrings);

      assertThat(bools).as(type).isEqualTo(jlineBools);
      assertThat(ints).as(type).isEqualTo(jlineInts);
      assertThat(strings).as(type).isEqualTo(jlineStrings);
    }
  }

  @Test
  void should_know_a_capability_by_its_long_and_short_name() {
    Set<Capability> bools = new HashSet<>();
    Map<Capability, Integer> ints = new HashMap<>();
    Map<Capability, String> strings = new HashMap<>();

    Capabilities.parse(
        "test|a made-up terminal,\n\tam, back_color_erase, cols#0x50, it#010, lines#24,\n"
            + "\tbel=^G, clear_screen=\\E[H\\E[2J, knots-unknown, knots#1, knots=2,\n",
        bools,
        ints,
        strings);

    assertThat(bools)
        .containsExactlyInAnyOrder(Capability.auto_right_margin, Capability.back_color_erase);
    assertThat(ints)
        .containsOnly(
            Map.entry(Capability.columns, 80),
            Map.entry(Capability.init_tabs, 8),
            Map.entry(Capability.lines, 24));
    assertThat(strings)
        .containsOnly(
            Map.entry(Capability.bell, "^G"), Map.entry(Capability.clear_screen, "\\E[H\\E[2J"));
  }

  @Test
  void should_bundle_nothing_for_an_unknown_or_path_like_type() {
    assertThat(Capabilities.bundled("knots-test-terminal")).isNull();
    assertThat(Capabilities.isBundled("knots-test-terminal")).isFalse();
    assertThat(Capabilities.isBundled("../utils/xterm")).isFalse();
    assertThat(Capabilities.isBundled(null)).isFalse();
    assertThat(Capabilities.bundled("../utils/xterm")).isNull();
    assertThat(Capabilities.bundled("")).isNull();
    assertThat(Capabilities.bundled(null)).isNull();
  }

  @Property(tries = 2000)
  void should_split_a_line_where_jlines_pattern_does(
      @ForAll
          @StringLength(max = 24)
          @Chars({',', '\\', '$', ' ', '\t', '#', '='})
          @CharRange(from = 'a', to = 'c')
          String line) {
    List<String> jline = new ArrayList<>();
    Matcher matcher = JLINE_ENTRY.matcher(line);
    while (matcher.find()) {
      jline.add(matcher.group(1));
    }

    assertThat(Capabilities.entries(line)).isEqualTo(jline);
  }

  /** The types JLine ships a description of: its jar's .caps files. */
  private static List<String> bundledTypes() throws IOException, URISyntaxException {
    Path jar = Path.of(InfoCmp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> types = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith("org/jline/utils/") && n.endsWith(".caps"))
          .forEach(
              n ->
                  types.add(
                      n.substring("org/jline/utils/".length(), n.length() - ".caps".length())));
    }
    return types;
  }
}
