package dev.knots.triage;

import dev.knots.body.Area;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quiz for an area as a person reads it, in the order it is asked: each list screen's question
 * and lines, then each item's full question (asked one by one after a "yes"), then the pain rating.
 * For {@code knots triage --list} and for people checking the wording on paper.
 */
public final class QuizListing {
  private QuizListing() {}

  public static String text(Catalogue catalogue, Area area) {
    StringBuilder out = new StringBuilder();
    Optional<Area> only = Optional.of(area);
    for (Group group : Group.values()) {
      List<String> ids = catalogue.itemIds(group, only);
      out.append(group.id().toUpperCase(Locale.ROOT))
          .append(" (--answer ")
          .append(group.id())
          .append("=none)\n  ")
          .append(catalogue.texts().groupQuestion())
          .append('\n');
      for (String id : ids) {
        if (catalogue.followUpOf(id).isEmpty()) {
          out.append("    - ").append(summary(catalogue, id)).append('\n');
        }
      }
      out.append("  After a yes, one by one:\n");
      for (String id : ids) {
        out.append("  ").append(id);
        catalogue
            .followUpOf(id)
            .ifPresent(parent -> out.append(" (asked only after ").append(parent).append("=yes)"));
        out.append(":\n");
        for (String line : question(catalogue, id)) {
          out.append("    ").append(line).append('\n');
        }
      }
    }
    out.append("PAIN (--answer pain=0-10)\n  ")
        .append(catalogue.texts().painQuestion())
        .append('\n');
    for (PainAnchor anchor : catalogue.anchors()) {
      out.append(
          String.format(
              Locale.ROOT,
              "    %d-%d %s: %s%n",
              anchor.from(),
              anchor.to(),
              anchor.label(),
              anchor.text()));
    }
    return out.toString();
  }

  private static String summary(Catalogue catalogue, String id) {
    return catalogue
        .flag(id)
        .map(Flag::summary)
        .orElseGet(() -> catalogue.precaution(id).orElseThrow().summary());
  }

  private static List<String> question(Catalogue catalogue, String id) {
    return catalogue
        .flag(id)
        .map(Flag::question)
        .orElseGet(() -> catalogue.precaution(id).orElseThrow().question());
  }
}
