package dev.knots.terminal;

import dev.knots.session.Command;
import dev.knots.session.QuitAnswer;
import dev.knots.session.StopReason;
import java.util.List;
import java.util.Optional;

/** The two questions of a countdown, asked with single keys, shared by both views. */
final class Prompts {
  static final String QUIT = "Quit the session? y = yes, n = no (Ctrl-C quits at once)";
  static final List<String> WHAT_HAPPENED =
      List.of(
          "What happened? Press a number:",
          "1 sharp pain   2 numbness or tingling   3 dizziness   4 something else");

  private Prompts() {}

  /** Waits for y or n (Esc and q count as no, so a quick double q does not quit by accident). */
  static QuitAnswer quit(KeySource keys, Runnable redraw) throws InterruptedException {
    while (true) {
      Optional<Key> key = keys.poll(Long.MAX_VALUE);
      if (key.isEmpty()) {
        continue;
      }
      Key k = key.get();
      if (k.command() == Command.INTERRUPT) {
        return QuitAnswer.INTERRUPT;
      }
      if (k.command() == Command.REDRAW) {
        redraw.run();
      } else if (k.ch() == 'y' || k.ch() == 'Y') {
        return QuitAnswer.YES;
      } else if (k.ch() == 'n' || k.ch() == 'N' || k.ch() == 27 || k.ch() == 'q') {
        return QuitAnswer.NO;
      }
    }
  }

  /** Waits for 1-4; Ctrl-C gives no answer (which the runner never takes as "nothing"). */
  static Optional<StopReason> whatHappened(KeySource keys, Runnable redraw)
      throws InterruptedException {
    while (true) {
      Optional<Key> key = keys.poll(Long.MAX_VALUE);
      if (key.isEmpty()) {
        continue;
      }
      Key k = key.get();
      if (k.command() == Command.INTERRUPT) {
        return Optional.empty();
      }
      if (k.command() == Command.REDRAW) {
        redraw.run();
      } else if (k.ch() >= '1' && k.ch() <= '4') {
        return Optional.of(StopReason.values()[k.ch() - '1']);
      }
    }
  }
}
