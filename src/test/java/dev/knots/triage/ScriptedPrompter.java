package dev.knots.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person in a test: yes to the given ids (and to a list holding one), no otherwise. */
final class ScriptedPrompter implements Prompter {
  private final Set<String> yes;
  private final Map<String, Integer> numbers;
  final List<String> asked = new ArrayList<>();
  final List<String> told = new ArrayList<>();

  ScriptedPrompter(Set<String> yes, Map<String, Integer> numbers) {
    this.yes = yes;
    this.numbers = numbers;
  }

  @Override
  public boolean askYesNo(Question question) {
    asked.add(question.id());
    if (question.kind() == Question.Kind.GROUP) {
      return question.items().stream().anyMatch(this::isYesSummary);
    }
    return yes.contains(question.id());
  }

  private boolean isYesSummary(String summary) {
    Catalogue c = TriageFixtures.CATALOGUE;
    return yes.stream()
        .anyMatch(
            id ->
                c.flag(id).map(Flag::summary).map(summary::equals).orElse(false)
                    || c.precaution(id)
                        .map(Precaution::summary)
                        .map(summary::equals)
                        .orElse(false));
  }

  @Override
  public int askScale(Question question) {
    asked.add(question.id());
    Integer value = numbers.get(question.id());
    if (value == null) {
      throw new MissingAnswerException(question);
    }
    return value;
  }

  @Override
  public void tell(String title, List<String> lines) {
    told.add(title);
    told.addAll(lines);
  }
}
