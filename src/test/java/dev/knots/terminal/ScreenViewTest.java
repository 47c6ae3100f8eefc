package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Pressure;
import dev.knots.routine.Routine;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.Ending;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionRunner;
import dev.knots.session.StopReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreenViewTest {
  private static final Routine ROUTINE =
      new Routine(
          "three",
          "Three steps",
          Area.CALVES,
          "",
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new Step(
                  "Roll the calf",
                  Kind.FOAM_ROLL,
                  "gastrocnemius",
                  Sides.NONE,
                  Duration.ofSeconds(10),
                  2,
                  Pressure.MODERATE,
                  "Roll slowly from below the knee to above the ankle."),
              new Step(
                  "Thumb on the knot",
                  Kind.THUMB_MASSAGE,
                  "",
                  Sides.BOTH,
                  Duration.ofSeconds(10),
                  0,
                  null,
                  "Press and breathe out."),
              new Step(
                  "Wall stretch",
                  Kind.STRETCH,
                  "",
                  Sides.NONE,
                  Duration.ofSeconds(10),
                  0,
                  null,
                  "Heel down.")));

  private final TestClock clock = new TestClock();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final StringWriter after = new StringWriter();
  private final AtomicBoolean secondInterrupt = new AtomicBoolean();
  private PipedOutputStream typing;
  private Terminal terminal;
  private Terminals terminals;
  private ScriptedKeys keys;
  private ScreenView view;
  private final List<String> frames = new ArrayList<>();

  @BeforeEach
  void open() throws IOException {
    PipedInputStream in = new PipedInputStream();
    typing = new PipedOutputStream(in);
    // an emulated terminal: a real pty (JNI) would turn Ctrl-C into a signal sent elsewhere
    terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
    terminal.setSize(new Size(80, 24));
    terminals = Terminals.over(terminal, true, () -> secondInterrupt.set(true));
    keys = new ScriptedKeys(clock, terminals.keys());
    view =
        new ScreenView(terminals, keys, ROUTINE.name(), true, true, null, new PrintWriter(after));
    view.onFrame(
        lines -> lines.forEach(line -> frames.add(AttributedString.fromAnsi(line).toString())));
  }

  @AfterEach
  void close() {
    view.close();
  }

  private ScriptedKeys.Action type(String text) {
    return () -> {
      typing.write(text.getBytes(StandardCharsets.UTF_8));
      typing.flush();
    };
  }

  private SessionResult run() {
    return new SessionRunner(clock, view).run(SessionPlan.of(ROUTINE));
  }

  /** Every line of every frame drawn, without colours. */
  private String drawn() {
    return String.join("\n", frames);
  }

  @Test
  void should_run_to_the_end_and_draw_every_step_when_left_alone() {
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(result.stepsDone()).isEqualTo(3);
    assertThat(result.elapsedSeconds()).isEqualTo(40);
    assertThat(drawn())
        .contains("Roll the calf", "foam-roll · gastrocnemius · moderate pressure")
        .contains("pass 1 of 2", "pass 2 of 2")
        .contains("Thumb on the knot - left side", "right side")
        .contains("next: Thumb on the knot - left side", "next: the end")
        .contains("space pause  n next");
    assertThat(screen.toString(StandardCharsets.UTF_8)).contains("\u0007");
  }

  @Test
  void should_pause_and_resume_with_space_and_keep_the_time() {
    keys.at(2, type(" ")).at(32, type(" "));
    SessionResult result = run();
    assertThat(drawn()).contains("PAUSED - space to resume");
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(result.elapsedSeconds()).isEqualTo(40 + 30);
  }

  @Test
  void should_skip_with_n_and_the_right_arrow_and_go_back_with_the_left_arrow() {
    keys.at(1, type("n")) // roll skipped
        .at(2, type("\u001B[C")) // left side -> right side
        .at(3, type("\u001BOD")) // near the start of the right side: back to the left side
        .at(4, type("n")) // left -> right
        .at(5, type("n")); // right skipped: the step counts as skipped
    SessionResult result = run();
    assertThat(result.stepsSkipped()).isEqualTo(2);
    assertThat(result.stepsDone()).isEqualTo(1);
    assertThat(result.elapsedSeconds()).isEqualTo(5 + 10);
  }

  @Test
  void should_switch_to_the_compact_layout_when_the_window_shrinks() {
    keys.at(
        3,
        () -> {
          terminal.setSize(new Size(30, 8));
          terminal.raise(Terminal.Signal.WINCH);
        });
    run();
    assertThat(drawn()).contains("1/3 Roll the calf").contains("spc n b + - s q ?");
  }

  @Test
  void should_quit_with_q_and_y_and_carry_on_after_q_and_n() {
    keys.at(2, type("q")).at(3, type("n")).at(4, type("q")).at(5, type("y"));
    SessionResult result = run();
    assertThat(drawn()).contains("Quit the session? y = yes, n = no");
    assertThat(result.ending()).isEqualTo(Ending.QUIT);
    assertThat(result.elapsedSeconds()).isEqualTo(5);
    assertThat(result.stepsDone()).isZero();
  }

  @Test
  void should_ask_what_happened_after_the_stop_key_and_print_the_advice_after_the_screen() {
    keys.at(12, type("s")).at(13, type("2"));
    SessionResult result = run();
    view.close();
    assertThat(result.ending()).isEqualTo(Ending.STOPPED);
    assertThat(result.stopReason()).isEqualTo(StopReason.NUMBNESS_OR_TINGLING);
    assertThat(drawn()).contains("What happened? Press a number:");
    assertThat(after.toString().replace(System.lineSeparator(), " "))
        .contains("sharp pain, numbness, tingling or dizziness is not")
        .contains("Session stopped (numbness or tingling): 1 of 3 steps done");
  }

  @Test
  void should_end_at_once_on_ctrl_c() {
    keys.at(4, type("\u0003"));
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.INTERRUPTED);
    assertThat(secondInterrupt).isFalse();
  }

  @Test
  void should_show_the_keys_on_question_mark() {
    keys.at(1, type("?"));
    run();
    assertThat(drawn()).contains("s or !     stop: something feels wrong");
  }

  @Test
  void should_restore_cooked_mode_echo_the_cursor_and_the_main_screen_on_close() {
    Attributes raw = terminal.getAttributes();
    assertThat(raw.getLocalFlag(Attributes.LocalFlag.ICANON)).isFalse();
    assertThat(raw.getLocalFlag(Attributes.LocalFlag.ECHO)).isFalse();
    terminals.tearDown();
    Attributes restored = terminal.getAttributes();
    assertThat(restored.getLocalFlag(Attributes.LocalFlag.ICANON)).isTrue();
    assertThat(restored.getLocalFlag(Attributes.LocalFlag.ECHO)).isTrue();
    String bytes = screen.toString(StandardCharsets.UTF_8);
    assertThat(bytes).contains("\u001B[?1049h").contains("\u001B[?1049l");
    assertThat(bytes).contains("\u001B[?25h");
  }

  @Test
  void should_start_on_space_and_cancel_on_q() throws InterruptedException {
    keys.at(0, type(" ")).at(1, type("q"));
    assertThat(view.waitForStart(List.of("Three steps", "! a caution"))).isTrue();
    assertThat(screen.toString(StandardCharsets.UTF_8))
        .contains("! a caution", "Press space to start, q to cancel.");
    assertThat(view.waitForStart(List.of("again"))).isFalse();
  }

  @Test
  void should_wrap_the_advice_and_summary_to_the_terminal_width_after_the_screen() {
    terminal.setSize(new Size(40, 24));
    keys.at(12, type("s")).at(13, type("1"));
    run();
    view.close();
    String text = after.toString();
    assertThat(text).startsWith(System.lineSeparator());
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(39));
    assertThat(text).contains("physiotherapist").contains("Session stopped (sharp pain)");
  }

  @Test
  void should_show_a_long_intro_a_page_at_a_time_on_a_small_screen() throws InterruptedException {
    terminal.setSize(new Size(38, 8));
    List<String> intro = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      intro.add("! caution number " + i);
    }
    keys.at(0, type(" ")).at(1, type(" "));
    assertThat(view.waitForStart(intro)).isTrue();
    assertThat(frames).hasSize(2 * 8);
    assertThat(frames.subList(0, 8))
        .contains(" ! caution number 1", " ! caution number 6", " Space: more (1/2), q to cancel.")
        .doesNotContain(" ! caution number 7");
    assertThat(frames.subList(8, 16))
        .contains(
            " ! caution number 7", " ! caution number 12", " Press space to start, q to cancel.");
  }

  @Test
  void should_cancel_from_any_page_of_the_intro() throws InterruptedException {
    terminal.setSize(new Size(38, 8));
    keys.at(0, type(" ")).at(1, type("q"));
    assertThat(view.waitForStart(Collections.nCopies(20, "a line"))).isFalse();
  }
}
