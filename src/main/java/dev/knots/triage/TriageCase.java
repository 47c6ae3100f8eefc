package dev.knots.triage;

import dev.knots.body.Area;
import java.util.List;
import java.util.Objects;

/**
 * One test case of cases.yaml: a person's answers for an area (as {@code --answer} takes them), the
 * level and session the engine must give, why, and the reference codes behind it. {@code lookAlike}
 * marks the benign look-alikes (soreness, tightness, knots, cramps that let go).
 */
public record TriageCase(
    String id,
    Area area,
    List<String> answers,
    Level level,
    boolean allowed,
    String why,
    List<String> codes,
    boolean lookAlike,
    String where) {

  public TriageCase {
    Objects.requireNonNull(id);
    Objects.requireNonNull(area);
    answers = List.copyOf(answers);
    Objects.requireNonNull(level);
    Objects.requireNonNull(why);
    codes = List.copyOf(codes);
    Objects.requireNonNull(where);
  }
}
