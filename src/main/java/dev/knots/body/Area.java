package dev.knots.body;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The body areas knots has routines for, with the aliases people type for them. */
public enum Area {
  NECK("neck", Group.SPINE),
  UPPER_BACK("upper-back", Group.SPINE, "thoracic"),
  LOWER_BACK("lower-back", Group.SPINE, "lumbar"),
  SHOULDERS("shoulders", Group.UPPER_BODY, "traps", "trapezius"),
  CHEST("chest", Group.UPPER_BODY, "pecs"),
  FOREARMS("forearms", Group.UPPER_BODY),
  GLUTES("glutes", Group.LEGS, "buttocks"),
  HIPS("hips", Group.LEGS, "hip-flexors"),
  HAMSTRINGS("hamstrings", Group.LEGS),
  QUADS("quads", Group.LEGS, "quadriceps", "thighs"),
  OUTER_THIGH("outer-thigh", Group.LEGS, "it-band"),
  CALVES("calves", Group.LEGS, "calf"),
  FEET("feet", Group.LEGS, "plantar", "foot");

  /** Groups that triage rules and "not improving" times refer to. */
  public enum Group {
    SPINE,
    UPPER_BODY,
    LEGS
  }

  private final String id;
  private final Group group;
  private final List<String> aliases;

  Area(String id, Group group, String... aliases) {
    this.id = id;
    this.group = group;
    this.aliases = List.of(aliases);
  }

  /** The canonical name, as written in routine files and on the command line. */
  public String id() {
    return id;
  }

  public Group group() {
    return group;
  }

  public List<String> aliases() {
    return aliases;
  }

  public boolean isLeg() {
    return group == Group.LEGS;
  }

  public boolean isSpine() {
    return group == Group.SPINE;
  }

  /** Finds an area by canonical name or alias, ignoring case and surrounding blanks. */
  public static Optional<Area> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    // a loop: --area is parsed before every session, and a stream's first use costs ~1 ms
    for (Area area : values()) {
      if (area.id.equals(wanted) || area.aliases.contains(wanted)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /** Every canonical name and alias, for suggestions. */
  public static List<String> allNames() {
    return Arrays.stream(values())
        .flatMap(a -> Stream.concat(Stream.of(a.id), a.aliases.stream()))
        .toList();
  }

  /** The canonical names in catalogue order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Area::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
