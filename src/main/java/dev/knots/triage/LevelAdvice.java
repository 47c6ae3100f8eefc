package dev.knots.triage;

import java.util.Objects;

/** The words of one level's outcome screen; {number} stands for the emergency number. */
public record LevelAdvice(String title, String whatToDo, String howSoon) {
  public LevelAdvice {
    Objects.requireNonNull(title);
    Objects.requireNonNull(whatToDo);
    Objects.requireNonNull(howSoon);
  }
}
