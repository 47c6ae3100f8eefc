package dev.knots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real pseudo-terminal: tmux runs the program, the test types keys and reads the
 * screen. The launcher script does what bin/knots does (tell java which streams are terminals) but
 * runs the classes under test, so the test does not depend on a packaged jar.
 */
class SessionPtyTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;
  private String socket;

  @BeforeEach
  void needTmux() {
    assumeTrue(onPath("tmux"), "tmux is not installed");
    socket = "knots-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  }

  @AfterEach
  void killTmux() throws Exception {
    if (socket != null && onPath("tmux")) {
      tmux("kill-server");
    }
  }

  @Test
  void should_pause_skip_quit_with_130_and_leave_the_terminal_cooked_with_echo() throws Exception {
    Path routine = dir.resolve("three.yaml");
    Files.writeString(
        routine,
        "name: Three quick steps\n"
            + "area: calves\n"
            + "steps:\n"
            + "  - {name: First stretch, kind: stretch, duration: 5s}\n"
            + "  - {name: Second stretch, kind: stretch, duration: 5s}\n"
            + "  - {name: Third stretch, kind: stretch, duration: 5s}\n");
    startSession("", routine);

    waitFor(screen -> screen.contains("Press space to start"));
    tmux("send-keys", "-t", "e2e", "Space");
    // the lead-in first: space starts the step at once, the next space pauses it
    waitFor(screen -> screen.contains("Get into position: First stretch"));
    tmux("send-keys", "-t", "e2e", "Space");
    waitFor(
        screen ->
            screen.contains("First stretch")
                && screen.contains("step 1 of 3")
                && !screen.contains("Get into position"));
    tmux("send-keys", "-t", "e2e", "Space");
    waitFor(screen -> screen.contains("PAUSED"));
    tmux("send-keys", "-t", "e2e", "n");
    waitFor(screen -> screen.contains("step 2 of 3") && screen.contains("Second stretch"));
    tmux("send-keys", "-t", "e2e", "q");
    waitFor(screen -> screen.contains("Quit the session?"));
    tmux("send-keys", "-t", "e2e", "y");
    String end = waitFor(screen -> screen.contains("EXIT=") && screen.contains("STTY-DONE"));

    assertThat(end).contains("EXIT=130").contains("Session quit: 0 of 3 steps done, 1 skipped");
    assertThat(end).containsPattern("(?m)(^| )icanon( |$)").containsPattern("(?m)(^| )echo( |$)");
    assertThat(end).doesNotContain("-icanon").doesNotContainPattern("(?m)(^| )-echo( |$)");
  }

  @Test
  void should_end_a_session_on_sigterm_as_interrupted_with_143_and_a_cooked_terminal()
      throws Exception {
    endBySignal("TERM", 143);
  }

  @Test
  void should_end_a_session_on_sighup_as_interrupted_with_129_and_leave_the_screen()
      throws Exception {
    endBySignal("HUP", 129);
  }

  private void endBySignal(String signal, int exit) throws Exception {
    Path routine = dir.resolve("one.yaml");
    Files.writeString(
        routine,
        "name: One long step\narea: calves\nsteps:\n"
            + "  - {name: Long stretch, kind: stretch, duration: 60s}\n");
    Path pid = dir.resolve("pid");
    startSession(" KNOTS_PID_FILE=" + pid, routine);
    waitFor(screen -> screen.contains("Press space to start"));
    tmux("send-keys", "-t", "e2e", "Space");
    waitFor(screen -> screen.contains("Long stretch") && screen.contains("step 1 of 1"));

    new ProcessBuilder("kill", "-" + signal, Files.readString(pid).strip()).start().waitFor();
    String end = waitFor(screen -> screen.contains("EXIT=") && screen.contains("STTY-DONE"));

    assertThat(end).contains("EXIT=" + exit).doesNotContain("step 1 of 1");
    assertThat(end).containsPattern("(?m)(^| )icanon( |$)").containsPattern("(?m)(^| )echo( |$)");
    CliRun.Result history = new CliRun(dir.resolve("home")).run("history", "--format", "csv");
    assertThat(history.out()).contains("INTERRUPTED").doesNotContain("ENDED_UNEXPECTEDLY");
  }

  @Test
  void should_lead_in_show_the_figure_mirror_it_for_the_right_side_and_restore_the_title()
      throws Exception {
    Path routine = dir.resolve("figure.yaml");
    Files.writeString(
        routine,
        "name: Roller\narea: calves\nsteps:\n"
            + "  - {name: Calves on the roller, kind: stretch, sides: both, duration: 30s,"
            + " figure: roller-calves}\n");
    startSession("", routine);
    tmux("select-pane", "-t", "e2e", "-T", "my own title");
    waitFor(screen -> screen.contains("Press space to start"));
    tmux("send-keys", "-t", "e2e", "Space");
    waitFor(
        screen ->
            screen.contains("Get into position: Calves on the roller - left side")
                && screen.contains("<--(@)-->    \\)"));
    assertThat(tmux("display-message", "-p", "-t", "e2e", "#{pane_title}")).startsWith("knots ");
    tmux("send-keys", "-t", "e2e", "n");
    waitFor(
        screen ->
            screen.contains("Get into position: Calves on the roller - right side")
                && screen.contains("(/    <--(@)-->"));
    tmux("send-keys", "-t", "e2e", "q");
    waitFor(screen -> screen.contains("Quit the session?"));
    tmux("send-keys", "-t", "e2e", "y");
    waitFor(screen -> screen.contains("EXIT=") && screen.contains("STTY-DONE"));
    assertThat(tmux("display-message", "-p", "-t", "e2e", "#{pane_title}").strip())
        .isEqualTo("my own title");
  }

  @Test
  void should_show_a_two_area_sessions_overview_with_each_areas_minutes() throws Exception {
    start("", "session --area calves,hamstrings --answer none --answer pain=2; echo EXIT=$?");

    String overview = waitFor(screen -> screen.contains("Press space to start"));
    tmux("send-keys", "-t", "e2e", "q");
    String end = waitFor(screen -> screen.matches("(?s).*EXIT=[0-9].*"));

    assertThat(overview)
        .contains("Calves and hamstrings")
        .containsPattern("calves +4m[0-9]+s")
        .containsPattern("hamstrings +4m[0-9]+s")
        .contains("(asked for)");
    assertThat(end).contains("EXIT=130");
  }

  /** Starts a session of {@code routine} in a new tmux pane; then the exit code and stty. */
  private void startSession(String variables, Path routine) throws Exception {
    start(
        variables,
        "session --answer none --answer pain=2 --file "
            + routine
            // the marker is printed, not typed: the command line echoed on screen does not hold it
            + "; echo EXIT=$?; stty -a; printf 'STTY-%s\\n' DONE");
  }

  /** Runs knots with these arguments (and what follows them) in a new tmux pane. */
  private void start(String variables, String arguments) throws Exception {
    tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", "e2e", "sh");
    tmux(
        "send-keys",
        "-t",
        "e2e",
        "KNOTS_HOME=" + dir.resolve("home") + variables + " " + launcher() + " " + arguments,
        "Enter");
  }

  /** A launcher like bin/knots over the test's own classpath. */
  private Path launcher() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path script = dir.resolve("knots");
    String classpath = System.getProperty("java.class.path");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "i=0; o=0; [ -t 0 ] && i=1; [ -t 1 ] && o=1\n"
            + "[ -n \"${KNOTS_PID_FILE:-}\" ] && echo $$ > \"$KNOTS_PID_FILE\"\n"
            + "exec '"
            + java
            + "' -Dknots.stdin.tty=$i -Dknots.stdout.tty=$o -cp '"
            + classpath
            + "' dev.knots.Main \"$@\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private String waitFor(Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      screen = tmux("capture-pane", "-p", "-t", "e2e");
      if (ready.test(screen)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the screen never got there; it shows:\n" + screen);
  }

  private String tmux(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String part : path.split(":")) {
      if (!part.isEmpty() && Files.isExecutable(Path.of(part, program))) {
        return true;
      }
    }
    return false;
  }
}
