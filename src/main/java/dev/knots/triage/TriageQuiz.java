package dev.knots.triage;

import dev.knots.body.Area;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The quiz flow over a {@link Prompter}: asks exactly what the engine still needs, then the
 * acknowledgement (SOON) and the after-session questions a session calls.
 */
public final class TriageQuiz {
  private final TriageEngine engine;

  public TriageQuiz(TriageEngine engine) {
    this.engine = Objects.requireNonNull(engine);
  }

  public TriageEngine engine() {
    return engine;
  }

  /** Asks every needed question not in {@code preset}, then returns the outcome. */
  public QuizResult run(
      TriageContext context, Answers preset, Prompter prompter, boolean thorough) {
    Answers answers = preset;
    while (true) {
      Assessment assessment = engine.assess(context, answers, thorough);
      if (assessment instanceof Assessment.Decided decided) {
        return new QuizResult(decided.outcome(), answers);
      }
      Question question = ((Assessment.Needed) assessment).question();
      answers =
          question.kind() == Question.Kind.SCALE
              ? answers.with(question.id(), prompter.askScale(question))
              : answers.with(question.id(), prompter.askYesNo(question));
    }
  }

  /**
   * Whether the session may start: true at SELF_CARE without a stop, false when no session is
   * allowed; for SOON, the advice is shown and must be acknowledged (preset or asked).
   */
  public boolean acknowledge(TriageOutcome outcome, Answers preset, Prompter prompter) {
    if (!outcome.sessionAllowed()) {
      return false;
    }
    if (!outcome.requiresAcknowledgement()) {
      return true;
    }
    Optional<Boolean> given = preset.yesNo(Ids.ACKNOWLEDGE);
    if (given.isPresent()) {
      return given.get();
    }
    prompter.tell(outcome.title(), List.of(outcome.advice()));
    return prompter.askYesNo(
        Question.yesNo(
            Ids.ACKNOWLEDGE,
            Optional.of(Level.SOON),
            List.of(engine.catalogue().texts().acknowledge())));
  }

  /** After a completed session: pain-after and felt-warning-signs, both optional. */
  public AfterSession afterSession(Answers preset, Prompter prompter) {
    return afterSession(List.of(), preset, prompter);
  }

  /**
   * After a completed session: pain-after (one rating when {@code areas} is empty, else one for
   * each of them) and felt-warning-signs, all optional.
   */
  public AfterSession afterSession(List<Area> areas, Answers preset, Prompter prompter) {
    PainsAfter pains = painsAfter(areas, preset, prompter);
    Optional<Boolean> felt =
        optionalYesNo(preset, Ids.FELT_WARNING_SIGNS, warningSignsQuestion(), prompter);
    List<String> advice = new ArrayList<>();
    if (felt.orElse(false)) {
      advice.add(texts().afterAdvice());
    }
    addSevereAdvice(pains.worst(), advice);
    tell(prompter, advice);
    return new AfterSession(pains.all(), pains.byArea(), felt, Optional.empty(), advice);
  }

  /** After the stop key: the same advice as a yes to the warning signs, whatever happened. */
  public AfterSession afterStop(StopReason reason, Answers preset, Prompter prompter) {
    return afterStop(reason, List.of(), preset, prompter);
  }

  /** After the stop key: pain-after for each of {@code areas}, or one rating when it is empty. */
  public AfterSession afterStop(
      StopReason reason, List<Area> areas, Answers preset, Prompter prompter) {
    Objects.requireNonNull(reason);
    Optional<Boolean> felt =
        reason.isWarningSign()
            ? Optional.of(true)
            : optionalYesNo(preset, Ids.FELT_WARNING_SIGNS, warningSignsQuestion(), prompter);
    List<String> advice = new ArrayList<>();
    advice.add(texts().afterAdvice());
    if (reason == StopReason.DIZZINESS || reason == StopReason.SOMETHING_ELSE) {
      advice.add(fill(texts().dizzinessAdvice()));
    }
    PainsAfter pains = painsAfter(areas, preset, prompter);
    addSevereAdvice(pains.worst(), advice);
    tell(prompter, advice);
    return new AfterSession(pains.all(), pains.byArea(), felt, Optional.of(reason), advice);
  }

  /**
   * The session's rating, or one per area (own answer, else the one for every area, else asked).
   */
  private PainsAfter painsAfter(List<Area> areas, Answers preset, Prompter prompter) {
    if (areas.isEmpty()) {
      return new PainsAfter(
          optionalScale(preset, Ids.PAIN_AFTER, painAfterQuestion(), prompter), Map.of());
    }
    OptionalInt forEvery = preset.number(Ids.PAIN_AFTER);
    Map<Area, Integer> byArea = new LinkedHashMap<>();
    for (Area area : areas) {
      OptionalInt own = preset.number(Ids.inArea(Ids.PAIN_AFTER, area));
      OptionalInt pain =
          own.isPresent()
              ? own
              : forEvery.isPresent()
                  ? forEvery
                  : optionalScale(
                      preset, Ids.inArea(Ids.PAIN_AFTER, area), painAfterQuestion(area), prompter);
      if (pain.isPresent()) {
        byArea.put(area, pain.getAsInt());
      }
    }
    return new PainsAfter(forEvery, byArea);
  }

  private record PainsAfter(OptionalInt all, Map<Area, Integer> byArea) {
    OptionalInt worst() {
      OptionalInt worst = byArea.values().stream().mapToInt(Integer::intValue).max();
      return worst.isPresent() ? worst : all;
    }
  }

  /** The pain-after question for one area of a session over several. */
  public Question painAfterQuestion(Area area) {
    return TriageEngine.scaleAbout(area, painAfterQuestion());
  }

  public Question painAfterQuestion() {
    Question pain = engine.painQuestion();
    return new Question(
        Ids.PAIN_AFTER,
        Question.Kind.SCALE,
        Optional.empty(),
        List.of(texts().painAfter()),
        List.of(),
        pain.anchors());
  }

  public Question warningSignsQuestion() {
    return Question.yesNo(
        Ids.FELT_WARNING_SIGNS, Optional.empty(), List.of(texts().warningSigns()));
  }

  private void addSevereAdvice(OptionalInt pain, List<String> advice) {
    if (pain.isPresent() && pain.getAsInt() >= engine.catalogue().severeFrom()) {
      Flag severe = engine.catalogue().flag(Ids.SEVERE_PAIN).orElseThrow();
      advice.add(severe.reason() + " " + fill(engine.catalogue().advice(Level.URGENT).whatToDo()));
    }
  }

  private void tell(Prompter prompter, List<String> advice) {
    if (!advice.isEmpty()) {
      prompter.tell("Please read this:", advice);
    }
  }

  private OptionalInt optionalScale(
      Answers preset, String id, Question question, Prompter prompter) {
    OptionalInt given = preset.number(id);
    if (given.isPresent()) {
      return given;
    }
    try {
      return OptionalInt.of(prompter.askScale(question));
    } catch (MissingAnswerException unanswered) {
      // optional after a session: recorded as unanswered, never as a value
      return OptionalInt.empty();
    }
  }

  private Optional<Boolean> optionalYesNo(
      Answers preset, String id, Question question, Prompter prompter) {
    Optional<Boolean> given = preset.yesNo(id);
    if (given.isPresent()) {
      return given;
    }
    try {
      return Optional.of(prompter.askYesNo(question));
    } catch (MissingAnswerException unanswered) {
      return Optional.empty();
    }
  }

  private Texts texts() {
    return engine.catalogue().texts();
  }

  private String fill(String text) {
    return text.replace("{number}", engine.emergencyNumber());
  }
}
