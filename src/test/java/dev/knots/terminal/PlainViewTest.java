package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Routine;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.Ending;
import dev.knots.session.SessionPlan;
import dev.knots.session.SessionResult;
import dev.knots.session.SessionRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainViewTest {
  private static final Routine ROUTINE =
      new Routine(
          "two",
          "Two steps",
          Area.NECK,
          "",
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new Step(
                  "Neck stretch",
                  Kind.STRETCH,
                  "upper trapezius",
                  Sides.BOTH,
                  Duration.ofSeconds(30),
                  0,
                  null,
                  "Ear towards the shoulder."),
              new Step(
                  "Breathe", Kind.BREATHE, "", Sides.NONE, Duration.ofSeconds(25), 0, null, "")));

  private final TestClock clock = new TestClock();
  private final StringWriter out = new StringWriter();

  /** Keys at set times on the test clock; nothing else, as when stdin is not a terminal. */
  private final class TimedKeys implements KeySource {
    private final Deque<long[]> presses = new ArrayDeque<>();
    private final long origin = clock.nanoTime();

    TimedKeys at(int seconds, char ch) {
      presses.add(new long[] {origin + seconds * 1_000_000_000L, ch});
      return this;
    }

    @Override
    public Optional<Key> poll(long timeoutNanos) {
      long[] next = presses.peek();
      long now = clock.nanoTime();
      if (next != null && (timeoutNanos == Long.MAX_VALUE || next[0] <= now + timeoutNanos)) {
        presses.poll();
        clock.advance(Math.max(0, next[0] - now));
        return Optional.of(new Key((int) next[1], KeyDecoder.meaning((int) next[1])));
      }
      if (timeoutNanos == Long.MAX_VALUE) {
        throw new AssertionError("waiting for a key that is not scripted");
      }
      clock.advance(timeoutNanos);
      return Optional.empty();
    }
  }

  private SessionResult run(KeySource keys) {
    PlainView view = new PlainView(new PrintWriter(out), keys, false, null);
    return new SessionRunner(clock, view).run(SessionPlan.of(ROUTINE));
  }

  @Test
  void should_print_a_line_per_step_side_switch_ten_seconds_and_step_end_and_nothing_else() {
    SessionResult result = run(new TimedKeys());
    assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
    assertThat(out.toString().lines())
        .containsExactly(
            "Step 1 of 2: Neck stretch - left side, 0:30 (stretch, upper trapezius)."
                + " Ear towards the shoulder.",
            "  0:20 left",
            "  0:10 left",
            "  done: Neck stretch - left side",
            "Step 1 of 2: Neck stretch - right side, 0:30 (stretch, upper trapezius)."
                + " Ear towards the shoulder.",
            "  0:20 left",
            "  0:10 left",
            "  done: Neck stretch - right side",
            "Step 2 of 2: Breathe, 0:25 (breathe).",
            "  0:20 left",
            "  0:10 left",
            "  done: Breathe",
            "Session complete: 2 of 2 steps done, 0 skipped, 1:25 in all.");
  }

  @Test
  void should_never_write_an_escape_code_or_a_bell_when_the_bell_is_off() {
    run(new TimedKeys().at(3, ' ').at(9, ' ').at(12, 'n'));
    assertThat(out.toString()).doesNotContain("\u001B").doesNotContain("\u0007");
    assertThat(out.toString()).contains("  paused", "  resumed", "  skipped: Neck stretch");
  }

  @Test
  void should_ring_the_bell_at_each_step_start_when_asked() {
    PlainView view = new PlainView(new PrintWriter(out), new TimedKeys(), true, null);
    new SessionRunner(clock, view).run(SessionPlan.of(ROUTINE));
    assertThat(out.toString().chars().filter(c -> c == 7).count())
        .isEqualTo(1 + 2 + 1 + 3); // start, switch, start, end
  }

  @Test
  void should_ask_before_quitting_and_say_what_happened_after_the_stop_key() {
    SessionResult quit = run(new TimedKeys().at(2, 'q').at(3, 'y'));
    assertThat(quit.ending()).isEqualTo(Ending.QUIT);
    assertThat(out.toString()).contains("Quit the session? y = yes, n = no");

    SessionResult stopped = run(new TimedKeys().at(2, '!').at(3, '1'));
    assertThat(stopped.ending()).isEqualTo(Ending.STOPPED);
    assertThat(out.toString())
        .contains("What happened? Press a number:")
        .contains("You did the right thing to stop.")
        .contains("Session stopped (sharp pain)");
  }
}
