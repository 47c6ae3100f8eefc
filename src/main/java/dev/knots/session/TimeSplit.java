package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Kind;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits the minutes of a session over several areas by weight and makes one routine of them
 * (pure): within each area the pressing steps first - thumb, then ball on the knots, then the
 * roller - then the stretches; one breathing or rest step for the whole session, at its end; each
 * area's steps scaled to its share within the limits of {@link Scaling}.
 */
public final class TimeSplit {
  /** The longest the one breathing step of a combined session lasts. */
  public static final Duration MAX_BREATHE = Duration.ofMinutes(1);

  /** At most this many areas: a session is for minutes, not hours. */
  public static final int MAX_AREAS = dev.knots.routine.Activity.MAX_AREAS;

  private TimeSplit() {}

  /** One routine over these areas (distinct, at most {@link #MAX_AREAS}) in about these minutes. */
  public static CombinedRoutine combine(List<AreaShare> shares, int minutes) {
    if (shares.isEmpty() || shares.size() > MAX_AREAS) {
      throw new IllegalArgumentException("1 to " + MAX_AREAS + " areas: " + shares.size());
    }
    if (shares.stream().map(AreaShare::area).distinct().count() != shares.size()) {
      throw new IllegalArgumentException("an area twice");
    }
    if (minutes <= 0) {
      throw new IllegalArgumentException("minutes must be positive: " + minutes);
    }
    Optional<Step> breathe = breathe(shares);
    long target = minutes * 60L - breathe.map(s -> s.duration().toSeconds()).orElse(0L);
    int weights = shares.stream().mapToInt(AreaShare::weight).sum();
    List<Step> steps = new ArrayList<>();
    List<Area> areas = new ArrayList<>();
    List<CombinedRoutine.Part> parts = new ArrayList<>();
    long given = 0;
    int weightSoFar = 0;
    for (AreaShare share : shares) {
      weightSoFar += share.weight();
      // the rounding carries over from area to area, so the total stays on target
      long upTo = Math.round((double) target * weightSoFar / weights);
      long seconds = Math.max(Step.MIN_DURATION.toSeconds(), upTo - given);
      List<Step> work = fitting(ordered(share.routine()), seconds);
      if (work.isEmpty()) {
        parts.add(new CombinedRoutine.Part(share, Duration.ZERO));
        continue;
      }
      Routine scaled = Scaling.toSeconds(share.routine().withSteps(work), seconds);
      long took = Scaling.sessionSeconds(scaled);
      given += took;
      steps.addAll(scaled.steps());
      scaled.steps().forEach(s -> areas.add(share.area()));
      parts.add(new CombinedRoutine.Part(share, Duration.ofSeconds(took)));
    }
    if (breathe.isPresent()) {
      steps.add(breathe.get());
      areas.add(areas.isEmpty() ? shares.get(0).area() : areas.get(areas.size() - 1));
    }
    Routine first = shares.get(0).routine();
    Routine combined =
        new Routine(
            "after-" + String.join("-", shares.stream().map(s -> s.area().id()).toList()),
            name(shares),
            first.area(),
            "",
            union(shares, Routine::equipment),
            union(shares, Routine::cautions),
            union(shares, Routine::sources),
            steps);
    return new CombinedRoutine(combined, areas, parts);
  }

  /** "Calves, hamstrings and quads". */
  static String name(List<AreaShare> shares) {
    List<String> words = shares.stream().map(s -> s.area().id().replace('-', ' ')).toList();
    String joined =
        words.size() == 1
            ? words.get(0)
            : String.join(", ", words.subList(0, words.size() - 1))
                + " and "
                + words.get(words.size() - 1);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  /** An area's work in session order: pressing (thumb, ball, roller), then stretches. */
  static List<Step> ordered(Routine routine) {
    List<Step> work = new ArrayList<>();
    for (Kind kind : List.of(Kind.THUMB_MASSAGE, Kind.BALL_MASSAGE, Kind.FOAM_ROLL, Kind.STRETCH)) {
      for (Step step : routine.steps()) {
        if (step.kind() == kind) {
          work.add(step);
        }
      }
    }
    return work;
  }

  /** The least a step gets a side in a combined session: less is not worth getting into position. */
  public static final long MIN_STEP_SECONDS = 15;

  /**
   * An area's steps that fit its share at {@link #MIN_STEP_SECONDS} a side or more: while they do
   * not, the last step goes that is neither the first pressing step nor the first stretch.
   */
  static List<Step> fitting(List<Step> work, long seconds) {
    List<Step> kept = new ArrayList<>(work);
    while (kept.size() > 1 && least(kept) > seconds) {
      Step firstPressing =
          kept.stream().filter(st -> st.kind().appliesPressure()).findFirst().orElse(null);
      Step firstStretch =
          kept.stream().filter(st -> st.kind() == Kind.STRETCH).findFirst().orElse(null);
      int drop = kept.size() - 1;
      while (drop > 0 && (kept.get(drop) == firstPressing || kept.get(drop) == firstStretch)) {
        drop--;
      }
      if (drop == 0 && (kept.get(0) == firstPressing || kept.get(0) == firstStretch)) {
        drop = kept.size() - 1;
      }
      kept.remove(drop);
    }
    return kept;
  }

  private static long least(List<Step> steps) {
    long total = 0;
    for (Step step : steps) {
      int sides = step.sides().count();
      total += MIN_STEP_SECONDS * sides + (sides == 2 ? Phases.SWITCH_SIDES.toSeconds() : 0);
    }
    return total;
  }

  /** The first breathing (or else rest) step of the routines, at most a minute long. */
  private static Optional<Step> breathe(List<AreaShare> shares) {
    for (Kind kind : List.of(Kind.BREATHE, Kind.REST)) {
      for (AreaShare share : shares) {
        for (Step step : share.routine().steps()) {
          if (step.kind() == kind) {
            return Optional.of(
                step.duration().compareTo(MAX_BREATHE) > 0
                    ? step.withDuration(MAX_BREATHE)
                    : step);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> union(
      List<AreaShare> shares, java.util.function.Function<Routine, List<String>> what) {
    Set<String> all = new LinkedHashSet<>();
    shares.forEach(s -> all.addAll(what.apply(s.routine())));
    return List.copyOf(all);
  }
}
