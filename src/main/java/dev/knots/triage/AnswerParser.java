package dev.knots.triage;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code --answer ID=VALUE} options into {@link Answers}, refusing unknown ids and values.
 */
public final class AnswerParser {
  private final Catalogue catalogue;

  public AnswerParser(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The answers given; unknown ids list the valid ids for the area. */
  public Answers parse(List<String> options, Optional<Area> area) {
    Answers answers = Answers.none();
    for (String option : options) {
      Answers next = parseOne(Answers.none(), option, area);
      answers = merge(answers, next, option);
    }
    return answers;
  }

  /** Adds new answers; the same id answered two ways is refused, never resolved by guessing. */
  private static Answers merge(Answers answers, Answers next, String option) {
    for (var e : next.yesNo().entrySet()) {
      if (answers.yesNo(e.getKey()).filter(v -> !v.equals(e.getValue())).isPresent()) {
        throw new InvalidAnswerException(
            "'" + e.getKey() + "' is answered two different ways (last: --answer " + option + ")");
      }
      answers = answers.with(e.getKey(), e.getValue());
    }
    for (var e : next.numbers().entrySet()) {
      if (answers.number(e.getKey()).isPresent()
          && answers.number(e.getKey()).getAsInt() != e.getValue()) {
        throw new InvalidAnswerException(
            "'" + e.getKey() + "' is answered two different ways (last: --answer " + option + ")");
      }
      answers = answers.with(e.getKey(), e.getValue());
    }
    return answers;
  }

  private Answers parseOne(Answers answers, String option, Optional<Area> area) {
    int eq = option.indexOf('=');
    String id = (eq < 0 ? option : option.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
    String value = eq < 0 ? "" : option.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
    if (id.equals(Ids.NONE)) {
      if (!value.isEmpty() && !value.equals("yes")) {
        throw new InvalidAnswerException("'none' takes no value: --answer none");
      }
      for (Group group : Group.values()) {
        answers = answers.with(group.id(), false);
      }
      return answers;
    }
    if (eq < 0) {
      throw new InvalidAnswerException(
          "--answer " + id + " needs a value: --answer " + id + "=VALUE");
    }
    Optional<Group> group = Group.byId(id);
    if (group.isPresent()) {
      if (value.equals("none") || value.equals("no") || value.equals("n")) {
        return answers.with(id, false);
      }
      if (value.equals("yes") || value.equals("y")) {
        return answers.with(id, true);
      }
      throw new InvalidAnswerException(
          "'"
              + value
              + "' does not answer '"
              + id
              + "': use "
              + id
              + "=none (or yes to be asked which)");
    }
    if (id.contains(Ids.AREA_SEPARATOR)) {
      return inArea(answers, id, value, area);
    }
    if (id.equals(Ids.PAIN) || id.equals(Ids.PAIN_AFTER)) {
      OptionalInt number = AnswerValues.scale(value);
      if (number.isEmpty()) {
        throw new InvalidAnswerException(
            "'" + value + "' does not answer '" + id + "': use a number 0-10");
      }
      return answers.with(id, number.getAsInt());
    }
    if (catalogue.itemIds().contains(id)
        || id.equals(Ids.ACKNOWLEDGE)
        || id.equals(Ids.CHECKED_SINCE)
        || id.equals(Ids.SYMPTOMS_STILL_THERE)
        || id.equals(Ids.FELT_WARNING_SIGNS)) {
      Optional<Boolean> yes = AnswerValues.yesNo(value);
      if (yes.isEmpty()) {
        throw new InvalidAnswerException(
            "'" + value + "' does not answer '" + id + "': use yes or no");
      }
      return answers.with(id, yes.get());
    }
    throw new InvalidAnswerException(
        "unknown answer id '"
            + id
            + "'"
            + area.map(a -> " for " + a.id()).orElse("")
            + "; valid ids: "
            + String.join(", ", validIds(area)));
  }

  /**
   * An answer about one area of a session over several: {@code pain:calves=4}, {@code
   * pain-after:calves=2}, or a precaution about the area worked on, {@code
   * recent-injury:calves=yes} (which says yes to the precaution).
   */
  private Answers inArea(Answers answers, String id, String value, Optional<Area> only) {
    int colon = id.indexOf(Ids.AREA_SEPARATOR);
    String item = id.substring(0, colon);
    String areaName = id.substring(colon + 1);
    Area area =
        Area.parse(areaName)
            .orElseThrow(
                () ->
                    new InvalidAnswerException(
                        "unknown area '"
                            + areaName
                            + "' in --answer "
                            + id
                            + "; areas: "
                            + String.join(", ", Area.ids())));
    if (only.isPresent() && only.get() != area) {
      throw new InvalidAnswerException(
          "--answer "
              + id
              + " is about "
              + area.id()
              + ", but this check is about "
              + only.get().id());
    }
    // about the one area there is: the same as the answer without the area (pain-after:calves=2
    // in a calves session is pain-after=2, never dropped)
    String canonical = only.isPresent() ? item : Ids.inArea(item, area);
    if (item.equals(Ids.PAIN) || item.equals(Ids.PAIN_AFTER)) {
      OptionalInt number = AnswerValues.scale(value);
      if (number.isEmpty()) {
        throw new InvalidAnswerException(
            "'" + value + "' does not answer '" + canonical + "': use a number 0-10");
      }
      return answers.with(canonical, number.getAsInt());
    }
    Optional<Precaution> precaution = catalogue.precaution(item);
    if (precaution.isEmpty() || !precaution.get().effects().contains(Effect.IN_THIS_AREA)) {
      throw new InvalidAnswerException(
          "'"
              + item
              + "' is not answered per area; per area: pain, pain-after and "
              + String.join(", ", perAreaIds()));
    }
    Optional<Boolean> yes = AnswerValues.yesNo(value);
    if (yes.isEmpty()) {
      throw new InvalidAnswerException(
          "'" + value + "' does not answer '" + canonical + "': use yes or no");
    }
    // yes in one area is a yes to the precaution; no in one area says nothing about the others
    return yes.get()
        ? answers.with(item, true).with(canonical, true)
        : answers.with(canonical, false);
  }

  /** The precautions answered per area (ID:AREA) in a session over several areas. */
  public List<String> perAreaIds() {
    return catalogue.precautions().stream()
        .filter(p -> p.effects().contains(Effect.IN_THIS_AREA))
        .map(Precaution::id)
        .toList();
  }

  /** The ids accepted for the area, in quiz order. */
  public List<String> validIds(Optional<Area> area) {
    List<String> ids = new ArrayList<>(catalogue.answerIds(area));
    ids.add(Ids.CHECKED_SINCE);
    ids.add(Ids.SYMPTOMS_STILL_THERE);
    ids.add(Ids.PAIN_AFTER);
    ids.add(Ids.FELT_WARNING_SIGNS);
    return ids;
  }
}
