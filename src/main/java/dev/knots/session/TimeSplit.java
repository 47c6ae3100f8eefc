package dev.knots.session;

import dev.knots.body.Area;
import dev.knots.routine.Activity;
import dev.knots.routine.Kind;
import dev.knots.routine.Routine;
import dev.knots.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
  public static final int MAX_AREAS = Activity.MAX_AREAS;

  private TimeSplit() {}

  /**
   * One routine over these areas (distinct, at most {@link #MAX_AREAS}) in about these minutes,
   * lead-ins included.
   *
   * @param leadIn the settings' lead-in, for the steps without their own
   */
  public static CombinedRoutine combine(List<AreaShare> shares, int minutes, Duration leadIn) {
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
    long target =
        minutes * 60L - breathe.map(s -> Phases.sessionTime(s, leadIn).toSeconds()).orElse(0L);
    List<List<Step>> works = new ArrayList<>();
    for (AreaShare share : shares) {
      works.add(ordered(share.routine()));
    }
    long[] targets = targets(shares, works, target, leadIn);
    List<Step> steps = new ArrayList<>();
    List<Area> areas = new ArrayList<>();
    List<CombinedRoutine.Part> parts = new ArrayList<>();
    long wanted = 0;
    long given = 0;
    for (int i = 0; i < shares.size(); i++) {
      AreaShare share = shares.get(i);
      wanted += targets[i];
      // the rounding carries over from area to area, so the total stays on target
      long seconds = Math.max(Step.MIN_DURATION.toSeconds(), wanted - given);
      List<Step> work = fitting(works.get(i), seconds, leadIn);
      if (work.isEmpty()) {
        parts.add(new CombinedRoutine.Part(share, Duration.ZERO));
        continue;
      }
      Routine scaled =
          Scaling.toSeconds(share.routine().withSteps(work), seconds, leadIn, MIN_STEP_SECONDS);
      long took = Scaling.sessionSeconds(scaled, leadIn);
      given += took;
      steps.addAll(scaled.steps());
      scaled.steps().forEach(st -> areas.add(share.area()));
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

  /**
   * Each area's seconds: the target split by weight, except that an area never gets more than its
   * steps can take at their limits; what it cannot take goes to the others, by weight again.
   */
  static long[] targets(
      List<AreaShare> shares, List<List<Step>> works, long target, Duration leadIn) {
    int n = shares.size();
    double[] share = new double[n];
    boolean[] full = new boolean[n];
    double left = target;
    for (int round = 0; round < n; round++) {
      int weights = 0;
      for (int i = 0; i < n; i++) {
        if (!full[i]) {
          weights += shares.get(i).weight();
        }
      }
      if (weights == 0 || left <= 0) {
        break;
      }
      boolean changed = false;
      double rest = left;
      for (int i = 0; i < n; i++) {
        if (!full[i]) {
          double offer = left * shares.get(i).weight() / weights;
          long most = capacity(works.get(i), leadIn);
          if (offer >= most) {
            share[i] = most;
            full[i] = true;
            rest -= most;
            changed = true;
          }
        }
      }
      if (!changed) {
        for (int i = 0; i < n; i++) {
          if (!full[i]) {
            share[i] = left * shares.get(i).weight() / weights;
          }
        }
        break;
      }
      left = rest;
    }
    long[] seconds = new long[n];
    double sum = 0;
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      sum += share[i];
      seconds[i] = Math.round(sum) - assigned;
      assigned += seconds[i];
    }
    return seconds;
  }

  /** The most an area's steps can take, every one at its limit, lead-ins counted. */
  private static long capacity(List<Step> work, Duration leadIn) {
    long total = 0;
    for (Step step : work) {
      total +=
          Scaling.capSeconds(step) * step.sides().count()
              + Phases.leadIns(step, leadIn).toSeconds();
    }
    return total;
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

  /**
   * The least a step gets a side in a combined session: less is not worth getting into position.
   */
  public static final long MIN_STEP_SECONDS = 15;

  /**
   * An area's steps that fit its share at {@link #MIN_STEP_SECONDS} a side or more: while they do
   * not, the last step goes that is neither the first pressing step nor the first stretch.
   */
  static List<Step> fitting(List<Step> work, long seconds, Duration leadIn) {
    List<Step> kept = new ArrayList<>(work);
    while (kept.size() > 1 && least(kept, leadIn) > seconds) {
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

  private static long least(List<Step> steps, Duration leadIn) {
    long total = 0;
    for (Step step : steps) {
      total += MIN_STEP_SECONDS * step.sides().count() + Phases.leadIns(step, leadIn).toSeconds();
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
                step.duration().compareTo(MAX_BREATHE) > 0 ? step.withDuration(MAX_BREATHE) : step);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> union(List<AreaShare> shares, Function<Routine, List<String>> what) {
    Set<String> all = new LinkedHashSet<>();
    shares.forEach(s -> all.addAll(what.apply(s.routine())));
    return List.copyOf(all);
  }
}
