package dev.knots.body;

import dev.knots.platform.Json;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body areas with the NAMEs of their routines ({@code areas}): a body map and a list for
 * people, or JSON. The routines come in as plain names, one list for every area.
 */
public final class AreaOverview {
  private AreaOverview() {}

  /** The body map, then each area with its aliases and how many routines it has. */
  public static List<String> lines(Map<Area, List<String>> routines) {
    Set<Area> withRoutines = EnumSet.noneOf(Area.class);
    for (Area area : Area.values()) {
      if (!routines.getOrDefault(area, List.of()).isEmpty()) {
        withRoutines.add(area);
      }
    }
    List<String> out = new ArrayList<>(BodyMap.render(withRoutines));
    out.add("");
    if (withRoutines.size() < Area.values().length) {
      out.add("Letters mark areas that have routines; ·· marks an area without one.");
      out.add("");
    }
    for (Area area : Area.values()) {
      List<String> names = routines.getOrDefault(area, List.of());
      String aliases =
          area.aliases().isEmpty() ? "" : " (" + String.join(", ", area.aliases()) + ")";
      String count =
          names.isEmpty()
              ? "no routines"
              : names.size() + (names.size() == 1 ? " routine" : " routines");
      out.add(
          String.format(
              "  %s  %-28s %s",
              withRoutines.contains(area) ? BodyMap.code(area) : "··", area.id() + aliases, count));
    }
    out.add("");
    out.add("Start with: knots session --area AREA   (AREA is a name or alias above)");
    return out;
  }

  /** Each area's id, aliases, group and routines, lines broken with {@code newline}. */
  public static String json(Map<Area, List<String>> routines, String newline) {
    List<Object> areas = new ArrayList<>();
    for (Area area : Area.values()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", area.id());
      node.put("aliases", area.aliases());
      node.put("group", area.group().name().toLowerCase(Locale.ROOT));
      node.put("routines", routines.getOrDefault(area, List.of()));
      areas.add(node);
    }
    return Json.pretty(Map.of("areas", areas), newline);
  }
}
