package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Activity;
import dev.knots.routine.Durations;
import dev.knots.routine.Kind;
import dev.knots.routine.Routine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A session over several areas ({@code --area A,B} or {@code --after ACTIVITY}): each area's first
 * routine with its weight and why, and the overview lines that say so.
 *
 * @param leftOut areas the activities load that did not fit in the {@link TimeSplit#MAX_AREAS}
 */
public record SeveralAreas(List<AreaShare> shares, List<Area> leftOut) {
  /** The minutes of a session after training when nothing else is asked (the seed's advice). */
  public static final int DEFAULT_MINUTES = 10;

  public SeveralAreas {
    shares = List.copyOf(shares);
    leftOut = List.copyOf(leftOut);
  }

  /** The areas named, with the same weight each, each with the routine {@code routineOf} gives. */
  public static SeveralAreas of(List<Area> areas, Function<Area, Routine> routineOf) {
    List<AreaShare> shares = new ArrayList<>();
    for (Area area : areas) {
      shares.add(new AreaShare(area, routineOf.apply(area), 1, "asked for"));
    }
    return new SeveralAreas(shares, List.of());
  }

  /**
   * The areas these activities load: each with its highest weight among them, the heaviest first
   * (in the order met on a tie), at most {@link TimeSplit#MAX_AREAS}.
   */
  public static SeveralAreas after(List<Activity> activities, Function<Area, Routine> routineOf) {
    Map<Area, Integer> weights = new LinkedHashMap<>();
    Map<Area, List<String>> why = new LinkedHashMap<>();
    for (Activity activity : activities) {
      activity
          .weights()
          .forEach(
              (area, weight) -> {
                weights.merge(area, weight, Math::max);
                why.computeIfAbsent(area, a -> new ArrayList<>())
                    .add(activity.name() + " " + weight);
              });
    }
    List<Area> order = new ArrayList<>(weights.keySet());
    // a stable sort: the heaviest first, ties in the order the map names them
    order.sort((a, b) -> Integer.compare(weights.get(b), weights.get(a)));
    List<Area> kept = order.subList(0, Math.min(TimeSplit.MAX_AREAS, order.size()));
    List<Area> leftOut = order.subList(kept.size(), order.size());
    List<AreaShare> shares = new ArrayList<>();
    for (Area area : kept) {
      shares.add(
          new AreaShare(
              area, routineOf.apply(area), weights.get(area), String.join(", ", why.get(area))));
    }
    return new SeveralAreas(shares, leftOut);
  }

  /**
   * The overview: each area, its minutes and why (an area whose every step the safety check left
   * out says so instead of its minutes); the areas left out to keep it short.
   */
  public static List<String> overview(
      CombinedRoutine combined, List<Area> leftOut, Set<Integer> skippedSteps) {
    List<String> lines = new ArrayList<>();
    for (CombinedRoutine.Part part : combined.parts()) {
      Area area = part.share().area();
      boolean out = true;
      for (int i = 0; i < combined.stepAreas().size(); i++) {
        boolean work =
            combined.routine().steps().get(i).kind() != Kind.BREATHE
                && combined.routine().steps().get(i).kind() != Kind.REST;
        if (combined.stepAreas().get(i) == area && work && !skippedSteps.contains(i)) {
          out = false;
        }
      }
      lines.add(
          String.format(
              "  %-12s %6s  %s (%s)",
              area.id(),
              out ? "-" : Durations.format(part.time()),
              out ? "left out today (see above)" : part.share().routine().name(),
              part.share().why()));
    }
    if (!leftOut.isEmpty()) {
      lines.add(
          "  Left out to keep it short (at most "
              + TimeSplit.MAX_AREAS
              + " areas): "
              + String.join(", ", leftOut.stream().map(Area::id).toList()));
    }
    return lines;
  }
}
