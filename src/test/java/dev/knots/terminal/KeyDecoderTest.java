package dev.knots.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knots.session.Command;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDecoderTest {

  private static List<Command> decode(String typed) throws IOException {
    Deque<Integer> chars = new ArrayDeque<>();
    typed.chars().forEach(chars::add);
    KeyDecoder.CharSource source =
        timeout ->
            chars.isEmpty() ? (timeout > 0 ? KeyDecoder.TIMEOUT : KeyDecoder.EOF) : chars.poll();
    List<Command> commands = new ArrayList<>();
    for (Key key = KeyDecoder.next(source); key != null; key = KeyDecoder.next(source)) {
      commands.add(key.command());
    }
    return commands;
  }

  @Test
  void should_read_the_keys_of_cli_md() throws IOException {
    assertThat(decode(" nb+-s!q?\u0003"))
        .containsExactly(
            Command.PAUSE,
            Command.NEXT,
            Command.BACK,
            Command.PLUS,
            Command.MINUS,
            Command.STOP,
            Command.STOP,
            Command.QUIT,
            Command.KEYS,
            Command.INTERRUPT);
  }

  @Test
  void should_read_arrows_in_normal_and_application_mode_and_with_modifiers() throws IOException {
    assertThat(decode("\u001B[C\u001B[D\u001BOC\u001BOD\u001B[1;5C"))
        .containsExactly(Command.NEXT, Command.BACK, Command.NEXT, Command.BACK, Command.NEXT);
  }

  @Test
  void should_ignore_other_sequences_and_keys_without_a_meaning() throws IOException {
    assertThat(decode("\u001B[Ax")).containsExactly((Command) null);
    assertThat(decode("\u001B")).containsExactly((Command) null);
  }
}
