package dev.knots.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answers given so far, by id: yes/no for items, groups ({@code false} = none apply) and
 * checks; numbers for scales. An id that is absent is unanswered, never "no".
 */
public record Answers(Map<String, Boolean> yesNo, Map<String, Integer> numbers) {

  public Answers {
    yesNo = ordered(yesNo);
    numbers = ordered(numbers);
  }

  /** An unmodifiable copy in the order given (the history keeps answers in the order asked). */
  private static <V> Map<String, V> ordered(Map<String, V> answers) {
    Map<String, V> copy = new LinkedHashMap<>();
    answers.forEach(
        (id, value) -> copy.put(Objects.requireNonNull(id), Objects.requireNonNull(value)));
    return Collections.unmodifiableMap(copy);
  }

  public static Answers none() {
    return new Answers(Map.of(), Map.of());
  }

  /** These answers plus (or with a new value for) a yes/no answer. */
  public Answers with(String id, boolean yes) {
    Map<String, Boolean> copy = new LinkedHashMap<>(yesNo);
    copy.put(Objects.requireNonNull(id), yes);
    return new Answers(copy, numbers);
  }

  /** These answers plus (or with a new value for) a number. */
  public Answers with(String id, int value) {
    Map<String, Integer> copy = new LinkedHashMap<>(numbers);
    copy.put(Objects.requireNonNull(id), value);
    return new Answers(yesNo, copy);
  }

  public Optional<Boolean> yesNo(String id) {
    return Optional.ofNullable(yesNo.get(id));
  }

  public boolean isYes(String id) {
    return Boolean.TRUE.equals(yesNo.get(id));
  }

  public boolean isNo(String id) {
    return Boolean.FALSE.equals(yesNo.get(id));
  }

  public OptionalInt number(String id) {
    Integer value = numbers.get(id);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  public boolean has(String id) {
    return yesNo.containsKey(id) || numbers.containsKey(id);
  }
}
