package dev.knots.routine;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The commented starting point {@code routines new} writes; it validates as it is. */
public final class RoutineScaffold {
  private RoutineScaffold() {}

  /** What {@code routines new} says once it wrote {@code file}, and how to go on. */
  public static List<String> written(Path file, String name, boolean replacesBundled) {
    List<String> lines = new ArrayList<>();
    lines.add("Wrote " + file);
    if (replacesBundled) {
      lines.add("It replaces the bundled routine " + name + ".");
    }
    lines.add(
        "Change it with 'knots routines edit "
            + name
            + "', check it with 'knots routines validate'.");
    return lines;
  }

  /** A routine file for NAME and area, with comments that explain each key. */
  public static String text(String name, Area area) {
    if (!RoutineNames.isValid(name)) {
      throw new IllegalArgumentException("not a routine name: " + name);
    }
    String title = name.replace('-', ' ');
    title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    return String.join(
        "\n",
        RoutineSchema.USER_SCHEMA_LINE,
        "# A knots routine. Check it with: knots routines validate " + name + ".yaml",
        "# Lines starting with # are comments. The file name is the routine's NAME.",
        "name: " + title + "                      # shown in lists",
        "area: " + area.id() + "                      # one of: " + String.join(", ", Area.ids()),
        "summary: My own " + area.id() + " routine.",
        "equipment: [none]                     # for example massage-ball, foam-roller",
        "cautions:                             # shown before the first step",
        "  - Discomfort is fine; sharp pain, tingling, numbness or dizziness means stop.",
        "sources: []                           # where the advice comes from: \"Title - https://...\"",
        "steps:                                # at least one",
        "  - name: Settle and breathe",
        "    kind: breathe                     # thumb-massage, ball-massage, foam-roll, stretch,"
            + " breathe or rest",
        "    duration: 45s                     # per side: 45s, 2m, 1m30s or 1:30; from 5s to 30m",
        "    position: sitting                 # standing, sitting, kneeling, lying-on-back,"
            + " lying-face-down, lying-on-side or leaning-on-wall",
        "    over: [muscle]                    # what the pressure rests on: muscle, ribs,"
            + " beside-spine, bony-point, chest-wall, belly, inner-leg",
        "    cue: Breathe slowly in through the nose and out through the mouth.",
        "  - name: Gentle stretch",
        "    kind: stretch",
        "    sides: both                       # none, left, right, or both (left, then right)",
        "    duration: 30s",
        "    position: standing",
        "    over: [muscle]",
        "    cue: Ease into a comfortable stretch and hold it. No bouncing.",
        "  # A foam-roll step looks like this:",
        "  # - name: Roll slowly",
        "  #   kind: foam-roll",
        "  #   target: gastrocnemius           # the muscle, free text",
        "  #   sides: both",
        "  #   duration: 1m                    # pressing steps: at most 5m a side",
        "  #   passes: 6                       # foam-roll only: about 10 seconds a pass",
        "  #   pressure: moderate              # light, moderate or firm",
        "  #   position: sitting               # precautions need position and over on a"
            + " pressing step:",
        "  #   over: [muscle]                  # without them it is left out when one applies",
        "  #   cue: Pause on a tender spot for 20-30 seconds.",
        "  - name: Rest",
        "    kind: rest",
        "    duration: 30s",
        "    position: sitting",
        "    over: [muscle]",
        "    cue: Sit or lie still and notice how the area feels now.",
        "");
  }
}
