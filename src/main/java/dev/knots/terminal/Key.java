package dev.knots.terminal;

import dev.knots.session.Command;
import java.util.Optional;

/**
 * One key press (or a signal turned into one).
 *
 * @param ch the character typed, or -1 for keys without one (arrows, signals)
 * @param command what it means during the countdown, or null
 */
public record Key(int ch, Command command) {
  public static Key of(Command command) {
    return new Key(-1, command);
  }

  public Optional<Command> commandIfAny() {
    return Optional.ofNullable(command);
  }
}
