package dev.knots.body;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small front-and-back figure in text: each area is a two-letter code, shown where it is on the
 * body when it has routines and as {@code ··} when it has none.
 */
public final class BodyMap {
  private static final Map<Area, String> CODES = new EnumMap<>(Area.class);

  static {
    CODES.put(Area.NECK, "NK");
    CODES.put(Area.UPPER_BACK, "UB");
    CODES.put(Area.LOWER_BACK, "LB");
    CODES.put(Area.SHOULDERS, "SH");
    CODES.put(Area.CHEST, "CH");
    CODES.put(Area.FOREARMS, "FA");
    CODES.put(Area.GLUTES, "GL");
    CODES.put(Area.HIPS, "HP");
    CODES.put(Area.HAMSTRINGS, "HM");
    CODES.put(Area.QUADS, "QD");
    CODES.put(Area.OUTER_THIGH, "OT");
    CODES.put(Area.CALVES, "CV");
    CODES.put(Area.FEET, "FT");
  }

  /** Front on the left, back on the right; the neck is only worked from behind. */
  private static final List<String> FIGURE =
      List.of(
          "        FRONT                    BACK",
          "         ___                      ___",
          "        (   )                    (   )",
          "         \\_/                      NK",
          "     ____| |____              ____| |____",
          "    /  SH   SH  \\            /  SH   SH  \\",
          "   /  |  CH   |  \\          /  |  UB   |  \\",
          "  FA  |       |  FA        FA  |  LB   |  FA",
          "      |__HP___|                |__GL___|",
          "      |   |   |                |   |   |",
          "     OT  QD  OT               OT  HM  OT",
          "      |   |   |                |   |   |",
          "      |   |   |               CV   |  CV",
          "     FT      FT               FT      FT");

  private BodyMap() {}

  /** The area's two letters on the figure. */
  public static String code(Area area) {
    return CODES.get(area);
  }

  /** The figure with areas that have routines shown by code and the others as dots. */
  public static List<String> render(Set<Area> withRoutines) {
    return FIGURE.stream()
        .map(
            line -> {
              String result = line;
              for (Map.Entry<Area, String> e : CODES.entrySet()) {
                if (!withRoutines.contains(e.getKey())) {
                  result = result.replace(e.getValue(), "··");
                }
              }
              return result;
            })
        .toList();
  }
}
