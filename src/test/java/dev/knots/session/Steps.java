package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Pressure;
import dev.knots.routine.Routine;
import dev.knots.routine.Sides;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Small routines for tests. */
final class Steps {
  private Steps() {}

  static Step step(String name, int seconds) {
    return new Step(name, Kind.STRETCH, "", Sides.NONE, Duration.ofSeconds(seconds), 0, null, "");
  }

  static Step both(String name, int seconds) {
    return new Step(name, Kind.STRETCH, "", Sides.BOTH, Duration.ofSeconds(seconds), 0, null, "");
  }

  static Step roll(String name, int seconds, Pressure pressure) {
    return new Step(
        name,
        Kind.FOAM_ROLL,
        "calf",
        Sides.NONE,
        Duration.ofSeconds(seconds),
        4,
        pressure,
        "Slow.");
  }

  static List<Step> many(int count, int seconds) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      steps.add(step("step " + i, seconds));
    }
    return steps;
  }

  static Routine routine(List<Step> steps) {
    return new Routine("test", "Test", Area.LOWER_BACK, "", List.of(), List.of(), List.of(), steps);
  }
}
