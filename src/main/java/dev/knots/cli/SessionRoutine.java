package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.Activity;
import dev.knots.routine.LocatedRoutine;
import dev.knots.routine.Routine;
import dev.knots.routine.RoutineException;
import dev.knots.routine.RoutineLibrary;
import dev.knots.routine.RoutineLoader;
import dev.knots.session.CombinedRoutine;
import dev.knots.session.Scaling;
import dev.knots.session.SeveralAreas;
import dev.knots.session.TimeSplit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The routine a session runs, as the options choose it: one area's (its first, or --routine), a
 * file's, or several areas' combined (--area A,B or --after); scaled to --minutes.
 *
 * @param combined the routine of several areas and their steps; null for one area
 * @param leftOut the areas asked for that have no routine (several areas only)
 * @param minutes the length asked for (option or settings); null to run the routine as written
 * @param shortBy how much shorter than asked the scaled routine is (pressing steps are capped)
 */
record SessionRoutine(
    LocatedRoutine located,
    Routine routine,
    CombinedRoutine combined,
    List<Area> leftOut,
    Integer minutes,
    Duration shortBy) {
  static final int MAX_MINUTES = 120;

  /**
   * @param defaultMinutes the settings' default-minutes, 0 for none
   * @param leadIn the settings' lead-in: part of the minutes asked for
   */
  static SessionRoutine choose(
      AppContext context, SessionOptions options, int defaultMinutes, Duration leadIn) {
    if (options.areaList != null && options.after != null) {
      throw KnotsException.usage(
          "give --area or --after, not both: --after picks the areas from the activity");
    }
    boolean several =
        options.after != null || (options.areaList != null && options.areaList.single() == null);
    Integer minutes = options.minutes;
    if (minutes == null && defaultMinutes > 0) {
      minutes = defaultMinutes;
    }
    if (!several) {
      Area area = options.areaList == null ? null : options.areaList.single();
      LocatedRoutine located = located(context, options, area);
      Routine routine = located.routine();
      if (minutes != null) {
        routine = Scaling.toMinutes(routine, checked(minutes), leadIn);
      }
      Duration shortBy =
          minutes == null ? Duration.ZERO : Scaling.shortOf(routine, minutes, leadIn);
      return new SessionRoutine(located, routine, null, List.of(), minutes, shortBy);
    }
    SeveralAreas areas = severalAreas(context, options);
    minutes = checked(minutes == null ? SeveralAreas.DEFAULT_MINUTES : minutes);
    CombinedRoutine combined = TimeSplit.combine(areas.shares(), minutes, leadIn);
    Routine routine = combined.routine();
    LocatedRoutine located =
        new LocatedRoutine(
            routine, LocatedRoutine.Origin.BUNDLED, Path.of("combined", routine.id()));
    return new SessionRoutine(
        located,
        routine,
        combined,
        areas.leftOut(),
        minutes,
        Scaling.shortOf(routine, minutes, leadIn));
  }

  private static int checked(int minutes) {
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw KnotsException.usage("--minutes must be from 1 to " + MAX_MINUTES + ": " + minutes);
    }
    return minutes;
  }

  private static SeveralAreas severalAreas(AppContext context, SessionOptions options) {
    if (options.routineName != null || options.file != null) {
      String option = options.routineName != null ? "--routine" : "--file";
      throw KnotsException.usage(
          option
              + " is for one area: give one --area, or leave "
              + option
              + " out to run each area's first routine");
    }
    if (options.after != null) {
      List<Activity> activities = ActivityLookup.named(ActivityLookup.load(context), options.after);
      RoutineLibrary library = RoutineLookup.library(context);
      return SeveralAreas.after(activities, a -> RoutineLookup.firstFor(library, a).routine());
    }
    RoutineLibrary library = RoutineLookup.library(context);
    return SeveralAreas.of(
        options.areaList.areas(), a -> RoutineLookup.firstFor(library, a).routine());
  }

  private static LocatedRoutine located(AppContext context, SessionOptions options, Area area) {
    Path file = options.file;
    String routineName = options.routineName;
    if (file != null && routineName != null) {
      throw KnotsException.usage("give --file or --routine, not both");
    }
    if (file != null) {
      Path path = context.console().workingDir().resolve(file);
      Routine routine = load(path);
      if (area != null && area != routine.area()) {
        throw KnotsException.usage(
            file + " is a routine for " + routine.area().id() + ", not " + area.id());
      }
      return new LocatedRoutine(routine, LocatedRoutine.Origin.FILE, path);
    }
    RoutineLibrary library = RoutineLookup.library(context);
    if (routineName != null) {
      LocatedRoutine found = RoutineLookup.byName(library, routineName);
      if (area != null && area != found.routine().area()) {
        throw KnotsException.usage(
            "routine "
                + found.name()
                + " is for "
                + found.routine().area().id()
                + ", not "
                + area.id()
                + " - run 'knots routines list --area "
                + area.id()
                + "'");
      }
      return found;
    }
    if (area == null) {
      throw KnotsException.usage(
          "which area? Give --area AREA (one of: " + String.join(", ", Area.ids()) + ")");
    }
    LocatedRoutine chosen = RoutineLookup.firstFor(library, area);
    // one of them may have been meant for this area: say why it is not the one that runs
    RoutineLookup.warnSkipped(context, library.invalidUserFiles());
    return chosen;
  }

  private static Routine load(Path path) {
    try {
      return new RoutineLoader().load(path);
    } catch (RoutineException e) {
      throw RoutineLookup.failure(e);
    }
  }
}
