package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knots.body.Area;
import dev.knots.triage.Answers;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.Level;
import dev.knots.triage.MissingAnswerException;
import dev.knots.triage.QuizInterruptedException;
import dev.knots.triage.QuizResult;
import dev.knots.triage.TriageContext;
import dev.knots.triage.TriageEngine;
import dev.knots.triage.TriageQuiz;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The quiz screens over an in-memory terminal with scripted keys. */
class QuizPrompterTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final TriageQuiz quiz =
      new TriageQuiz(new TriageEngine(CatalogueLoader.bundled(), "112"));

  private Terminal terminal(String keys) throws IOException {
    return new DumbTerminal(
        "test",
        "dumb",
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
        screen,
        StandardCharsets.UTF_8);
  }

  private String screen() {
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_reach_emergency_with_single_keys() throws IOException {
    try (Terminal t = terminal("yy")) {
      QuizResult r =
          quiz.run(
              TriageContext.forArea(Area.CALVES),
              Answers.none(),
              new QuizPrompter(t, false),
              false);

      assertThat(r.outcome().level()).isEqualTo(Level.EMERGENCY);
      assertThat(r.answers().isYes("chest-pain")).isTrue();
    }
    assertThat(screen())
        .contains("Emergency warning signs", "Do any of these apply to you right now?", "y = yes");
  }

  @Test
  void should_ignore_other_keys_and_read_the_pain_rating_with_enter() throws IOException {
    try (Terminal t = terminal("xnnnn1\u007f2\r")) {
      QuizResult r =
          quiz.run(
              TriageContext.forArea(Area.NECK), Answers.none(), new QuizPrompter(t, false), false);

      assertThat(r.outcome().level()).isEqualTo(Level.SELF_CARE);
      assertThat(r.answers().number("pain")).hasValue(2);
    }
    assertThat(screen()).contains("0-3  mild", "7-10 severe", "Type 0-10");
  }

  @Test
  void should_not_accept_a_rating_above_10() throws IOException {
    try (Terminal t = terminal("nnnn11\r\u007f0\r")) {
      QuizResult r =
          quiz.run(
              TriageContext.forArea(Area.NECK), Answers.none(), new QuizPrompter(t, true), false);

      assertThat(r.answers().number("pain")).hasValue(10);
      assertThat(r.outcome().level()).isEqualTo(Level.URGENT);
    }
  }

  @Test
  void should_fail_with_a_missing_answer_at_end_of_input() throws IOException {
    try (Terminal t = terminal("n")) {
      QuizPrompter prompter = new QuizPrompter(t, false);
      assertThatThrownBy(
              () -> quiz.run(TriageContext.forArea(Area.NECK), Answers.none(), prompter, false))
          .isInstanceOf(MissingAnswerException.class)
          .hasMessageContaining("'urgent'");
    }
  }

  @Test
  void should_stop_on_ctrl_c_or_q_without_an_outcome() throws IOException {
    try (Terminal t = terminal("\u0003")) {
      QuizPrompter prompter = new QuizPrompter(t, false);
      assertThatThrownBy(
              () -> quiz.run(TriageContext.forArea(Area.NECK), Answers.none(), prompter, false))
          .isInstanceOf(QuizInterruptedException.class);
    }
    try (Terminal t = terminal("q")) {
      QuizPrompter prompter = new QuizPrompter(t, false);
      assertThatThrownBy(
              () -> quiz.run(TriageContext.forArea(Area.NECK), Answers.none(), prompter, false))
          .isInstanceOf(QuizInterruptedException.class);
    }
  }

  @Test
  void should_restore_the_terminal_mode_after_each_key() throws IOException {
    try (Terminal t = terminal("y")) {
      Attributes before = new Attributes(t.getAttributes());

      boolean yes =
          new QuizPrompter(t, false)
              .askYesNo(
                  new TriageEngine(CatalogueLoader.bundled(), "112").itemQuestion("pregnancy"));

      assertThat(yes).isTrue();
      assertThat(t.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
    }
  }

  @Test
  void should_show_advice_it_is_told() throws IOException {
    try (Terminal t = terminal("")) {
      new QuizPrompter(t, false).tell("Please read this:", List.of("Stop rolling that area."));
    }
    assertThat(screen()).contains("Please read this:", "  Stop rolling that area.");
  }

  @Test
  void should_wrap_the_pain_scale_under_its_words_on_a_narrow_terminal() throws IOException {
    try (Terminal t = terminal("nnnn3\r")) {
      t.setSize(new Size(38, 12));
      quiz.run(TriageContext.forArea(Area.NECK), Answers.none(), new QuizPrompter(t, false), false);
    }
    assertThat(screen().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(37));
    assertThat(screen())
        .contains("   0-3  mild      comes and goes;")
        .contains("\n                  daily life goes on");
  }
}
