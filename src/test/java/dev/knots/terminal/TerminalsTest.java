package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

class TerminalsTest {
  @Test
  void should_use_jlines_own_capabilities_for_a_type_it_ships() {
    Terminals.useBundledCapabilities("rxvt-unicode");

    // what InfoCmp.getInfoCmp returns without starting infocmp
    assertThat(InfoCmp.getLoadedInfoCmp("rxvt-unicode"))
        .isNotBlank()
        .isEqualTo(InfoCmp.getDefaultInfoCmp("rxvt-unicode"));
  }

  @Test
  void should_leave_a_type_it_does_not_ship_to_infocmp() {
    Terminals.useBundledCapabilities("knots-test-terminal");
    Terminals.useBundledCapabilities("");
    Terminals.useBundledCapabilities(null);

    assertThat(InfoCmp.getLoadedInfoCmp("knots-test-terminal")).isNull();
  }
}
