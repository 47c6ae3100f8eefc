package dev.knots.terminal;

import dev.knots.session.Command;
import java.io.IOException;

/** Turns the bytes of a raw terminal into keys: cli.md's single keys and the arrow sequences. */
final class KeyDecoder {
  /** Reads one character, waiting at most this long; -2 when the time ran out, -1 at the end. */
  @FunctionalInterface
  interface CharSource {
    int read(long timeoutMillis) throws IOException;
  }

  static final int TIMEOUT = -2;
  static final int EOF = -1;
  private static final int ESC = 27;

  /** Long enough for the rest of an escape sequence over ssh, short enough to feel instant. */
  private static final long SEQUENCE_MILLIS = 50;

  private KeyDecoder() {}

  /** The next key, or null at the end of input. Blocks until a key arrives. */
  static Key next(CharSource in) throws IOException {
    while (true) {
      int c = in.read(0);
      if (c == EOF) {
        return null;
      }
      if (c == TIMEOUT) {
        continue;
      }
      if (c != ESC) {
        return new Key(c, meaning(c));
      }
      int c2 = in.read(SEQUENCE_MILLIS);
      if (c2 != '[' && c2 != 'O') {
        return new Key(ESC, null);
      }
      int c3 = in.read(SEQUENCE_MILLIS);
      // CSI sequences may carry parameters (ESC [ 1 ; 5 C): skip to the final byte
      while (c3 >= '0' && c3 <= '?') {
        c3 = in.read(SEQUENCE_MILLIS);
      }
      if (c3 == 'C') {
        return new Key(-1, Command.NEXT);
      }
      if (c3 == 'D') {
        return new Key(-1, Command.BACK);
      }
      if (c3 == EOF) {
        return null;
      }
    }
  }

  /** What a single character means during the countdown, or null. */
  static Command meaning(int c) {
    return switch (c) {
      case ' ', 'p', 'P' -> Command.PAUSE;
      case 'n', 'N' -> Command.NEXT;
      case 'b', 'B' -> Command.BACK;
      case '+', '=' -> Command.PLUS;
      case '-', '_' -> Command.MINUS;
      case 's', 'S', '!' -> Command.STOP;
      case 'q', 'Q' -> Command.QUIT;
      case 3 -> Command.INTERRUPT;
      case '?', 'h', 'H' -> Command.KEYS;
      case 12 -> Command.REDRAW;
      default -> null;
    };
  }
}
