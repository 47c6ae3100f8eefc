package dev.knots.triage;

import dev.knots.body.Area;

/** The answer ids that are not catalogue items: groups, scales and checks (a contract too). */
public final class Ids {
  private Ids() {}

  public static final String NONE = "none";
  public static final String PAIN = "pain";
  public static final String ACKNOWLEDGE = "acknowledge";
  public static final String CHECKED_SINCE = "checked-since";
  public static final String PAIN_AFTER = "pain-after";
  public static final String FELT_WARNING_SIGNS = "felt-warning-signs";
  public static final String SEVERE_PAIN = "severe-pain";
  public static final String NOT_IMPROVING = "not-improving";
  public static final String PREVIOUS_ADVICE = "previous-advice";
  public static final String SYMPTOMS_STILL_THERE = "symptoms-still-there";

  /** Separates an id from the area it is about: {@code pain:calves}, {@code fracture:calves}. */
  public static final String AREA_SEPARATOR = ":";

  /** The id of an answer about one area of a session over several: {@code pain:calves}. */
  public static String inArea(String id, Area area) {
    return id + AREA_SEPARATOR + area.id();
  }
}
