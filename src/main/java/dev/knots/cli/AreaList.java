package dev.knots.cli;

import dev.knots.body.Area;
import dev.knots.routine.Activity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code --area AREA[,AREA...]}: one or several areas, in the order given, each once. An empty name
 * ({@code calves,} or {@code ,}) or more than {@link Activity#MAX_AREAS} areas is a usage error, as
 * an unknown one is.
 */
record AreaList(List<Area> areas) {
  AreaList {
    areas = List.copyOf(areas);
  }

  /** The one area, or null when there are several. */
  Area single() {
    return areas.size() == 1 ? areas.get(0) : null;
  }

  /** Reads the option's value. */
  static final class Converter implements CommandLine.ITypeConverter<AreaList>, Iterable<String> {
    @Override
    public AreaList convert(String value) {
      List<Area> areas = new ArrayList<>();
      for (String name : value.split(",", -1)) {
        if (name.isBlank()) {
          throw new CommandLine.TypeConversionException(
              "an empty area name in '"
                  + value
                  + "' - give areas separated by commas, such as calves,hamstrings");
        }
        Area area = new AreaConverter().convert(name);
        if (!areas.contains(area)) {
          areas.add(area);
        }
      }
      if (areas.size() > Activity.MAX_AREAS) {
        throw new CommandLine.TypeConversionException(
            areas.size()
                + " areas - at most "
                + Activity.MAX_AREAS
                + " in one session (a session is for minutes, not hours)");
      }
      return new AreaList(areas);
    }

    @Override
    public Iterator<String> iterator() {
      return Area.ids().iterator();
    }
  }
}
