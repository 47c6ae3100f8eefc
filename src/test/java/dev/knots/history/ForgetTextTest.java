package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import org.junit.jupiter.api.Test;

class ForgetTextTest {
  private static final ForgetText EVERY_AREA = new ForgetText(null);
  private static final ForgetText NECK = new ForgetText(Area.NECK);

  @Test
  void should_name_the_area_or_every_area_when_there_is_nothing() {
    assertThat(EVERY_AREA.nothing()).isEqualTo("Nothing to forget.");
    assertThat(NECK.nothing()).isEqualTo("Nothing to forget for neck.");
  }

  @Test
  void should_count_in_singular_and_plural_when_asking() {
    assertThat(EVERY_AREA.question(new HistoryStore.Counts(1, 2)))
        .isEqualTo(
            "Delete 1 session and 2 safety checks (every area)? This cannot be undone. [y/N] ");
    assertThat(NECK.question(new HistoryStore.Counts(0, 1)))
        .isEqualTo("Delete 0 sessions and 1 safety check for neck? This cannot be undone. [y/N] ");
  }

  @Test
  void should_ask_for_yes_away_from_a_terminal() {
    assertThat(NECK.needsYes(new HistoryStore.Counts(3, 0)))
        .isEqualTo(
            "--forget deletes 3 sessions and 0 safety checks for neck; add --yes to confirm when"
                + " not at a terminal");
  }

  @Test
  void should_say_what_was_deleted_or_kept() {
    assertThat(ForgetText.deleted(new HistoryStore.Counts(2, 1)))
        .isEqualTo("Deleted 2 sessions and 1 safety check.");
    assertThat(ForgetText.kept()).isEqualTo("Nothing deleted.");
  }

  @Test
  void should_take_only_y_or_yes_in_any_case_as_confirmation() {
    assertThat(ForgetText.confirms("y")).isTrue();
    assertThat(ForgetText.confirms(" YES \n")).isTrue();
    assertThat(ForgetText.confirms("n")).isFalse();
    assertThat(ForgetText.confirms("yep")).isFalse();
    assertThat(ForgetText.confirms("")).isFalse();
    assertThat(ForgetText.confirms(null)).isFalse();
  }
}
