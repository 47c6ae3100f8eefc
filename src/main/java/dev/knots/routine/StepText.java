package dev.knots.routine;

import java.util.ArrayList;
import java.util.List;

/** A step in words, as {@code routines show} and a session's dry run print it. */
public final class StepText {
  private StepText() {}

  /** "position: sitting; rests on: muscle", saying when the file does not tell. */
  public static String place(Step s) {
    String position = s.positionIfGiven().map(Position::id).orElse("(not given)");
    String over =
        s.over().isEmpty()
            ? "(not given)"
            : String.join(", ", s.over().stream().map(RestsOn::id).toList());
    return "position: " + position + "; rests on: " + over;
  }

  /** "foam-roll, gastrocnemius, 1m15s each side, 8 passes (about 9s a pass), moderate". */
  public static String describe(Step s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.kind().id());
    if (!s.target().isBlank()) {
      parts.add(s.target());
    }
    String time = Durations.format(s.duration());
    if (s.sides() == Sides.BOTH) {
      time += " each side, left then right";
    } else if (s.sides() != Sides.NONE) {
      time += " " + s.sides().id() + " side";
    }
    parts.add(time);
    if (s.passes() > 0) {
      long perPass = Math.round((double) s.duration().getSeconds() / s.passes());
      parts.add(
          s.passes()
              + (s.passes() == 1 ? " pass" : " passes")
              + " (about "
              + perPass
              + "s a pass)");
    }
    s.pressureIfGiven().ifPresent(p -> parts.add(p.id() + " pressure"));
    return String.join(", ", parts);
  }
}
