package dev.knots.cli;

import dev.knots.terminal.ColorPolicy;
import java.nio.file.Path;
import java.util.Objects;

/** What every command may use: the console, the file locations and the global options in force. */
public final class AppContext {
  private final Console console;
  private final KnotsPaths paths;
  private ColorPolicy.Choice colorChoice = ColorPolicy.Choice.AUTO;
  private boolean verbose;

  public AppContext(Console console, KnotsPaths paths) {
    this.console = Objects.requireNonNull(console);
    this.paths = Objects.requireNonNull(paths);
  }

  /** The context of a real run: paths from the environment and the user's home. */
  public static AppContext of(Console console) {
    Path home = Path.of(System.getProperty("user.home", "."));
    KnotsPaths paths =
        KnotsPaths.resolve(console::var, System.getProperty("os.name"), home, console.workingDir());
    return new AppContext(console, paths);
  }

  public Console console() {
    return console;
  }

  public KnotsPaths paths() {
    return paths;
  }

  public boolean verbose() {
    return verbose;
  }

  void verbose(boolean value) {
    this.verbose = value;
  }

  public ColorPolicy.Choice colorChoice() {
    return colorChoice;
  }

  void colorChoice(ColorPolicy.Choice choice) {
    this.colorChoice = Objects.requireNonNull(choice);
  }

  /** The colour decision for stdout. */
  public boolean color() {
    return ColorPolicy.useColor(colorChoice, console.env()::get, console.stdoutIsTerminal());
  }
}
