package dev.knots.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRunnerTest {
  private final FakeTicker ticker = new FakeTicker();
  private final ScriptedView view = new ScriptedView(ticker);
  private final SessionPlan plan =
      SessionPlan.of(Steps.routine(List.of(Steps.step("a", 10), Steps.both("b", 10))));

  private SessionResult run() {
    return new SessionRunner(ticker, view).run(plan);
  }

  @Test
  void should_complete_and_report_every_step_when_no_key_is_pressed() {
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(result.stepsDone()).isEqualTo(2);
    // no lead-in by default, so no pause between the sides either
    assertThat(result.elapsedSeconds()).isEqualTo(30);
    assertThat(view.summary).isEqualTo(result);
  }

  @Test
  void should_redraw_once_a_second_and_no_more_when_left_alone() {
    run();
    assertThat(view.renders).hasSizeBetween(30, 32);
    assertThat(view.renders.get(1).leftSeconds()).isEqualTo(9);
  }

  @Test
  void should_pause_resume_skip_and_adjust_from_keys() {
    view.press(2, Command.PAUSE)
        .press(62, Command.PAUSE)
        .press(63, Command.PLUS)
        .press(64, Command.NEXT)
        .press(65, Command.MINUS);
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(result.stepsSkipped()).isEqualTo(1);
    assertThat(result.stepsDone()).isEqualTo(1);
    // 64 s on step a, then b: left side 10 - 15 leaves 1 s after 1 s, right 10
    assertThat(result.elapsedSeconds()).isEqualTo(64 + 1 + 1 + 10);
  }

  @Test
  void should_end_as_quit_when_q_is_confirmed() {
    view.press(3, Command.QUIT).answerQuit(QuitAnswer.YES);
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.QUIT);
    assertThat(result.elapsedSeconds()).isEqualTo(3);
    assertThat(result.stepsDone()).isZero();
  }

  @Test
  void should_carry_on_with_the_time_kept_when_q_is_answered_no() {
    view.press(3, Command.QUIT).answerQuit(QuitAnswer.NO);
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(result.stepsDone()).isEqualTo(2);
  }

  @Test
  void should_stay_paused_after_a_refused_quit_when_it_was_paused() {
    view.press(1, Command.PAUSE).press(2, Command.QUIT).answerQuit(QuitAnswer.NO);
    view.press(100, Command.PAUSE);
    SessionResult result = run();
    assertThat(result.elapsedSeconds()).isEqualTo(30 + 99);
  }

  @Test
  void should_end_as_interrupted_on_ctrl_c_or_on_ctrl_c_while_asked_to_quit() {
    view.press(4, Command.INTERRUPT);
    assertThat(run().ending()).isEqualTo(Ending.INTERRUPTED);

    ScriptedView asked = new ScriptedView(ticker).answerQuit(QuitAnswer.INTERRUPT);
    asked.press(1, Command.QUIT);
    assertThat(new SessionRunner(ticker, asked).run(plan).ending()).isEqualTo(Ending.INTERRUPTED);
  }

  @Test
  void should_ask_what_happened_and_give_the_safe_advice_on_the_stop_key() {
    view.press(12, Command.STOP).answerStop(StopReason.NUMBNESS_OR_TINGLING);
    SessionResult result = run();
    assertThat(result.ending()).isEqualTo(Ending.STOPPED);
    assertThat(result.stopReason()).isEqualTo(StopReason.NUMBNESS_OR_TINGLING);
    assertThat(result.stepsDone()).isEqualTo(1);
    assertThat(String.join(" ", view.advice))
        .contains("sharp pain, numbness, tingling or dizziness")
        .contains("doctor or physiotherapist");
  }

  @Test
  void should_take_no_answer_to_what_happened_as_something_else_never_as_nothing() {
    view.press(1, Command.STOP).answerStop(null);
    SessionResult result = run();
    assertThat(result.stopReason()).isEqualTo(StopReason.OTHER);
    assertThat(view.advice).isNotEmpty();
  }

  @Test
  void should_show_the_keys_when_asked_and_hide_them_again() {
    view.press(1, Command.KEYS).press(2, Command.KEYS);
    run();
    assertThat(view.renders).anyMatch(Snapshot::keysShown);
    assertThat(view.renders.get(view.renders.size() - 1).keysShown()).isFalse();
  }

  @Test
  void should_tell_the_view_of_each_phase_start_and_warning() {
    run();
    assertThat(view.events)
        .filteredOn(e -> e.type() == CountdownEvent.Type.PHASE_STARTED)
        .hasSize(3);
    assertThat(view.events).filteredOn(e -> e.type() == CountdownEvent.Type.WARNING).hasSize(3);
    assertThat(view.events.get(view.events.size() - 1).type())
        .isEqualTo(CountdownEvent.Type.FINISHED);
  }
}
