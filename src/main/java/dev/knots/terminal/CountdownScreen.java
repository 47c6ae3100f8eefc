package dev.knots.terminal;

import dev.knots.routine.Figure;
import dev.knots.routine.Figures;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import dev.knots.session.Countdown;
import dev.knots.session.Phase;
import dev.knots.session.PhaseKind;
import dev.knots.session.PositionWords;
import dev.knots.session.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.jansi.Ansi;

/**
 * Lays out one frame of the countdown for a terminal of a given size: every line fits the width and
 * there are never more lines than rows, so nothing scrolls or wraps.
 */
final class CountdownScreen {
  static final int COMPACT_WIDTH = 40;
  static final int COMPACT_HEIGHT = 10;
  private static final int BIG_DIGITS_HEIGHT = 20;

  static final List<String> KEYS =
      List.of(
          "space      pause / resume",
          "n or →     next step (or next side)",
          "b or ←     back to the start; again: the step before",
          "+ / -      add / take 15 seconds",
          "s or !     stop: something feels wrong",
          "q          quit (asks first); Ctrl-C quits at once",
          "?          show / hide these keys");

  /** Beside the figure, the text keeps at least this many columns. */
  static final int MIN_TEXT_BESIDE = 44;

  private final String title;
  private final boolean color;
  private final boolean unicode;
  private final boolean figures;

  CountdownScreen(String title, boolean color, boolean unicode) {
    this(title, color, unicode, true);
  }

  /**
   * @param figures whether to draw the step's figure (off: {@code --no-figures}, {@code figures:
   *     false})
   */
  CountdownScreen(String title, boolean color, boolean unicode, boolean figures) {
    this.title = title;
    this.color = color;
    this.unicode = unicode;
    this.figures = figures;
  }

  /** Where the figure goes in a frame of this size: beside the clock, below it, or nowhere. */
  enum Placement {
    BESIDE,
    BELOW,
    NONE
  }

  /** Beside when wide enough, below when tall enough, else left out (never cut). */
  static Placement placement(Figure figure, int w, int h, boolean big) {
    if (w < COMPACT_WIDTH || h < COMPACT_HEIGHT) {
      return Placement.NONE;
    }
    if (w - figure.width() - 3 >= MIN_TEXT_BESIDE && h >= figure.height() + 4) {
      return Placement.BESIDE;
    }
    if (w >= figure.width() + 2 && h - FIXED_ROWS - (big ? 2 : 0) - figure.height() - 1 >= 1) {
      return Placement.BELOW;
    }
    return Placement.NONE;
  }

  /** The figure this phase shows: the step's, mirrored for the right side. */
  Optional<Figure> figure(Phase phase) {
    if (!figures) {
      return Optional.empty();
    }
    Optional<Figure> left = Figures.of(phase.step());
    return phase.side() == Sides.RIGHT ? left.map(Figure::mirrored) : left;
  }

  /** The frame's lines as ANSI strings (plain text when colour is off). */
  List<String> lines(Snapshot s, int width, int height, List<String> prompt) {
    int w = Math.max(1, width);
    int h = Math.max(1, height);
    // prompts are wrapped, never cut: every choice (3 dizziness too) must stay visible
    List<String> wrapped = new ArrayList<>();
    prompt.forEach(line -> wrapped.addAll(Text.wrapChoices(line, Math.max(1, w - 1))));
    List<String> lines;
    if (w < COMPACT_WIDTH || h < COMPACT_HEIGHT) {
      lines = compact(s, w, h, wrapped);
    } else {
      Optional<Figure> figure = figure(s.phase());
      boolean big = h >= BIG_DIGITS_HEIGHT && unicode;
      Placement placement = figure.map(f -> placement(f, w, h, big)).orElse(Placement.NONE);
      if (placement == Placement.BESIDE) {
        int textWidth = w - figure.get().width() - 3;
        lines = full(s, textWidth, h, wrapped, null);
        lines = beside(lines, figure.get(), textWidth, h);
      } else {
        lines = full(s, w, h, wrapped, placement == Placement.BELOW ? figure.get() : null);
      }
    }
    return lines.size() > h ? lines.subList(0, h) : lines;
  }

  /** The figure drawn to the right of the text, from the third row down, above the keys. */
  private List<String> beside(List<String> text, Figure figure, int textWidth, int h) {
    List<String> out = new ArrayList<>(text);
    for (int i = 0; i < figure.height() && 2 + i < Math.min(out.size(), h - 1); i++) {
      String line = out.get(2 + i);
      int visible = visibleLength(line);
      out.set(
          2 + i,
          line
              + " ".repeat(Math.max(0, textWidth - visible) + 2)
              + style(figure.lines().get(i).stripTrailing(), Style.FIGURE));
    }
    return out;
  }

  private static int visibleLength(String ansi) {
    return ansi.replaceAll("\u001B\\[[;\\d]*m", "").length();
  }

  private static final int FIXED_ROWS = 14;

  private List<String> full(Snapshot s, int w, int h, List<String> prompt, Figure below) {
    List<String> out = new ArrayList<>();
    Phase phase = s.phase();
    Step step = phase.step();
    String counter = "step " + s.stepNumber() + " of " + s.stepCount();
    String head = Text.fit(title, Math.max(1, w - counter.length() - 3));
    out.add(
        style(" " + head, Style.DIM)
            + " ".repeat(Math.max(1, w - head.length() - counter.length() - 2))
            + style(counter, Style.DIM));
    out.add("");
    if (phase.kind() == PhaseKind.LEAD_IN) {
      out.add(
          style(Text.fit(" Get into position: " + step.name() + sideLabel(phase), w), Style.TITLE));
      String place = PositionWords.describe(step);
      out.add(style(Text.fit(" " + (place.isEmpty() ? details(step, ", ") : place), w), Style.DIM));
    } else {
      out.add(style(Text.fit(" " + step.name() + sideLabel(phase), w), Style.TITLE));
      out.add(style(Text.fit(" " + details(step, unicode ? " · " : ", "), w), Style.DIM));
    }
    int fixed = FIXED_ROWS; // everything but the cue: head, bars, time, next, keys and spacing
    boolean big = h >= BIG_DIGITS_HEIGHT && unicode;
    int figureRows = below == null ? 0 : below.height() + 1;
    int cueRows = Math.max(0, h - fixed - (big ? 2 : 0) - figureRows);
    List<String> body = s.keysShown() ? KEYS : Text.wrap(step.cue(), Math.max(1, w - 2));
    for (int i = 0; i < Math.min(cueRows, body.size()); i++) {
      String text = Text.fit(" " + body.get(i), w);
      out.add(s.keysShown() ? style(text, Style.KEY) : text);
    }
    out.add("");
    String time = Text.clock(s.leftSeconds());
    Style timeStyle = s.leftNanos() <= Countdown.WARNING_NANOS ? Style.WARN : Style.TIME;
    String state =
        s.state() == Countdown.State.PAUSED
            ? "PAUSED - space to resume"
            : phase.kind() == PhaseKind.LEAD_IN ? "get ready - space starts now" : "";
    if (big && BigDigits.width(time) + 2 <= w) {
      int pad = Math.max(0, (w - BigDigits.width(time)) / 2);
      for (String row : BigDigits.render(time)) {
        out.add(" ".repeat(pad) + style(row, timeStyle));
      }
      out.add(center(state, w, Style.PAUSED));
    } else {
      String line = time + (state.isEmpty() ? "" : "   " + state);
      int pad = Math.max(0, (w - line.length()) / 2);
      out.add(
          " ".repeat(pad)
              + style(time, timeStyle)
              + (state.isEmpty() ? "" : "   " + style(state, Style.PAUSED)));
    }
    out.add("");
    int barCells = Math.max(5, w - 28);
    out.add(
        Text.fit(
            " step    "
                + Text.bar(s.phaseFraction(), barCells, unicode)
                + " "
                + Text.clock(s.phaseElapsedNanos() / Countdown.SECOND)
                + " / "
                + Text.clock(ceilSeconds(s.phaseLengthNanos())),
            w));
    long routineLeft = ceilSeconds(s.routineTotalNanos() - s.routineDoneNanos());
    out.add(
        Text.fit(
            " routine "
                + Text.bar(s.routineFraction(), barCells, unicode)
                + " "
                + Text.clock(routineLeft)
                + " left",
            w));
    pace(s, barCells).ifPresent(line -> out.add(Text.fit(line, w)));
    out.add("");
    out.add(Text.fit(" " + nextLine(s), w));
    if (below != null) {
      out.add("");
      int pad = Math.max(1, (w - below.width()) / 2);
      for (String line : below.lines()) {
        out.add(" ".repeat(pad) + style(line.stripTrailing(), Style.FIGURE));
      }
    }
    while (out.size() < h - Math.max(1, prompt.size())) {
      out.add("");
    }
    // a low window loses lines from the bottom of the body, never the keys or a question
    while (out.size() > Math.max(0, h - Math.max(1, prompt.size()))) {
      out.remove(out.size() - 1);
    }
    if (prompt.isEmpty()) {
      out.add(style(Text.fit(" " + shortKeys(w - 1), w), Style.KEY));
    } else {
      for (String line : prompt) {
        out.add(style(Text.fit(" " + line, w), Style.PROMPT));
      }
    }
    return out;
  }

  private List<String> compact(Snapshot s, int w, int h, List<String> prompt) {
    List<String> out = new ArrayList<>();
    Phase phase = s.phase();
    String name =
        (phase.kind() == PhaseKind.LEAD_IN ? "ready: " : "")
            + phase.step().name()
            + sideShort(phase);
    out.add(Text.fit(s.stepNumber() + "/" + s.stepCount() + " " + name, w));
    String time = Text.clock(s.leftSeconds());
    String paused = s.state() == Countdown.State.PAUSED ? " PAUSED" : "";
    int cells = w - time.length() - paused.length() - 1;
    String bar = cells > 0 ? " " + Text.bar(s.phaseFraction(), cells, unicode) : "";
    out.add(style(Text.fit(time + bar + paused, w), Style.TIME));
    if (!prompt.isEmpty()) {
      for (String line : prompt) {
        out.add(style(Text.fit(line, w), Style.PROMPT));
      }
      return out;
    }
    if (h >= 4) {
      s.next().ifPresent(n -> out.add(Text.fit("next: " + n.step().name() + sideShort(n), w)));
    }
    if (h >= 3) {
      out.add(style(Text.fit(shortKeys(w), w), Style.KEY));
    }
    return out;
  }

  private Optional<String> pace(Snapshot s, int cells) {
    Phase phase = s.phase();
    int passes = phase.step().passes();
    if (passes <= 0 || !phase.isWork()) {
      return Optional.empty();
    }
    double perPass = (double) phase.durationNanos() / passes;
    double elapsed = s.phaseElapsedNanos();
    int pass = (int) Math.min(passes - 1, Math.floor(elapsed / perPass));
    double within = Math.min(1.0, (elapsed - pass * perPass) / perPass);
    // one end to the other once per pass: out on odd passes, back on even ones
    double position = pass % 2 == 0 ? within : 1 - within;
    return Optional.of(
        " pace    "
            + Text.marker(position, cells, unicode)
            + " pass "
            + (pass + 1)
            + " of "
            + passes);
  }

  private static String nextLine(Snapshot s) {
    if (s.next().isEmpty()) {
      return "next: the end";
    }
    Phase next = s.next().get();
    return "next: " + next.step().name() + sideLabel(next);
  }

  static String shortKeys(int width) {
    String full = "space pause  n next  b back  +/- 15s  s stop  q quit  ? keys";
    if (full.length() <= width) {
      return full;
    }
    return "spc n b + - s q ?";
  }

  static String sideLabel(Phase phase) {
    Sides side = phase.side();
    return side == Sides.LEFT || side == Sides.RIGHT ? " - " + side.id() + " side" : "";
  }

  private static String sideShort(Phase phase) {
    Sides side = phase.side();
    return side == Sides.LEFT ? " (L)" : side == Sides.RIGHT ? " (R)" : "";
  }

  static String details(Step step, String separator) {
    StringBuilder text = new StringBuilder(step.kind().id());
    if (!step.target().isBlank()) {
      text.append(separator).append(step.target());
    }
    step.pressureIfGiven()
        .ifPresent(p -> text.append(separator).append(p.id()).append(" pressure"));
    return text.toString();
  }

  private static long ceilSeconds(long nanos) {
    return (Math.max(0, nanos) + Countdown.SECOND - 1) / Countdown.SECOND;
  }

  private String center(String text, int w, Style style) {
    if (text.isEmpty()) {
      return "";
    }
    String fitted = Text.fit(text, w);
    return " ".repeat(Math.max(0, (w - fitted.length()) / 2)) + style(fitted, style);
  }

  /** The few looks a frame uses; all plain when colour is off. */
  private enum Style {
    TITLE,
    DIM,
    TIME,
    WARN,
    PAUSED,
    KEY,
    PROMPT,
    FIGURE
  }

  private String style(String text, Style style) {
    if (!color || text.isEmpty()) {
      return text;
    }
    Ansi ansi = Ansi.ansi();
    switch (style) {
      case TITLE -> ansi.bold().fgBright(Ansi.Color.CYAN);
      case DIM -> ansi.a(Ansi.Attribute.INTENSITY_FAINT);
      case TIME -> ansi.bold().fgBright(Ansi.Color.GREEN);
      case WARN -> ansi.bold().fgBright(Ansi.Color.YELLOW);
      case PAUSED -> ansi.bold().fgBright(Ansi.Color.MAGENTA);
      case KEY -> ansi.fg(Ansi.Color.BLUE);
      case PROMPT -> ansi.bold().fgBright(Ansi.Color.YELLOW);
      case FIGURE -> ansi.fg(Ansi.Color.CYAN);
    }
    return ansi.a(text).reset().toString();
  }
}
