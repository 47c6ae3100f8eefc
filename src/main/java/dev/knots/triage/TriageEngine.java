package dev.knots.triage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pure rules of triage.md: answers in, the next needed question or the outcome out. The highest
 * level wins, a yes counts whatever the area, an unanswered question is never "no".
 */
public final class TriageEngine {
  private static final String NUMBER = "{number}";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Catalogue catalogue;
  private final String emergencyNumber;

  public TriageEngine(Catalogue catalogue, String emergencyNumber) {
    this.catalogue = Objects.requireNonNull(catalogue);
    this.emergencyNumber = Objects.requireNonNull(emergencyNumber);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public String emergencyNumber() {
    return emergencyNumber;
  }

  /**
   * The next question the quiz needs, or the outcome when enough is known. Order: any EMERGENCY yes
   * decides at once; the follow-up of recent advice; the emergency list; then, if URGENT is already
   * reached, the outcome; the urgent, soon and precaution lists; the pain rating.
   */
  public Assessment assess(TriageContext context, Answers answers, boolean thorough) {
    if (levelSoFar(context, answers) == Level.EMERGENCY) {
      return decided(context, answers);
    }
    if (context.followsUpRecentAdvice() && !answers.has(Ids.CHECKED_SINCE)) {
      return new Assessment.Needed(
          Question.yesNo(
              Ids.CHECKED_SINCE,
              context.recentAdvice(),
              List.of(catalogue.texts().checkedSince())));
    }
    if (symptomsFollowUpPending(context, answers) && !answers.has(Ids.SYMPTOMS_STILL_THERE)) {
      return new Assessment.Needed(stillThereQuestion(context));
    }
    for (Group group : Group.values()) {
      Optional<Question> missing = missing(group, context, answers, thorough);
      if (missing.isPresent()) {
        return new Assessment.Needed(missing.get());
      }
      if (levelSoFar(context, answers).compareTo(Level.URGENT) >= 0) {
        return decided(context, answers);
      }
    }
    if (answers.number(Ids.PAIN).isEmpty()) {
      return new Assessment.Needed(painQuestion());
    }
    return decided(context, answers);
  }

  /** The question that asks for the pain rating, with its anchors. */
  public Question painQuestion() {
    return new Question(
        Ids.PAIN,
        Question.Kind.SCALE,
        Optional.empty(),
        List.of(catalogue.texts().painQuestion()),
        List.of(),
        catalogue.anchors());
  }

  /**
   * Whether {@code symptoms-still-there} applies: earlier EMERGENCY or URGENT advice, not checked
   * since. Otherwise an answer to it is ignored (the command says so).
   */
  public static boolean symptomsFollowUpPending(TriageContext context, Answers answers) {
    return context.asksSymptomsStillThere() && answers.isNo(Ids.CHECKED_SINCE);
  }

  private Question stillThereQuestion(TriageContext context) {
    List<String> symptoms =
        context.recentAdviceIds().stream()
            .flatMap(id -> catalogue.flag(id).stream())
            .map(Flag::summary)
            .toList();
    return new Question(
        Ids.SYMPTOMS_STILL_THERE,
        Question.Kind.YES_NO,
        context.recentAdvice(),
        List.of(date(catalogue.texts().stillThere(), context)),
        symptoms,
        List.of());
  }

  private static String date(String text, TriageContext context) {
    return text.replace(
        "{date}", context.recentAdviceOn().map(DAY::format).orElse("the day of that check"));
  }

  /** The yes/no question of one catalogue item (flag or precaution). */
  public Question itemQuestion(String id) {
    Optional<Flag> flag = catalogue.flag(id);
    if (flag.isPresent()) {
      return Question.yesNo(id, Optional.of(flag.get().level()), flag.get().question());
    }
    Precaution precaution =
        catalogue.precaution(id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
    return Question.yesNo(id, Optional.empty(), precaution.question());
  }

  private Optional<Question> missing(
      Group group, TriageContext context, Answers answers, boolean thorough) {
    List<String> unanswered = new ArrayList<>();
    for (String id : catalogue.askedItemIds(group, context.area(), answers)) {
      if (!answers.has(id) && !(context.historyNotImproving() && id.equals(Ids.NOT_IMPROVING))) {
        // a follow-up (its item was answered yes) comes next, right after that item
        unanswered.add(catalogue.followUpOf(id).isPresent() ? 0 : unanswered.size(), id);
      }
    }
    if (unanswered.isEmpty()) {
      return Optional.empty();
    }
    if (answers.isNo(group.id())) {
      // a follow-up of an item answered yes up front is still asked, whatever the list's answer
      return unanswered.stream()
          .filter(id -> catalogue.followUpOf(id).isPresent())
          .findFirst()
          .map(this::itemQuestion);
    }
    if (thorough || answers.isYes(group.id())) {
      return Optional.of(itemQuestion(unanswered.get(0)));
    }
    // a follow-up is asked after its item's yes, never on the list screen
    List<String> items =
        unanswered.stream()
            .filter(id -> catalogue.followUpOf(id).isEmpty())
            .map(this::summary)
            .toList();
    return Optional.of(
        new Question(
            group.id(),
            Question.Kind.GROUP,
            group.level(),
            List.of(catalogue.texts().groupQuestion()),
            items,
            List.of()));
  }

  private String summary(String id) {
    return catalogue
        .flag(id)
        .map(Flag::summary)
        .orElseGet(() -> catalogue.precaution(id).orElseThrow().summary());
  }

  private Level levelSoFar(TriageContext context, Answers answers) {
    return reasons(context, answers).stream()
        .map(Reason::level)
        .reduce(Level.SELF_CARE, Level::max);
  }

  /** Every reason the answers give so far, most serious first. */
  private List<Reason> reasons(TriageContext context, Answers answers) {
    List<Reason> reasons = new ArrayList<>();
    for (Flag flag : catalogue.flags()) {
      if (answers.isYes(flag.id())) {
        reasons.add(new Reason(flag.id(), flag.level(), flag.reason()));
      }
    }
    if (context.historyNotImproving() && !answers.isYes(Ids.NOT_IMPROVING)) {
      Flag notImproving = catalogue.flag(Ids.NOT_IMPROVING).orElseThrow();
      reasons.add(
          new Reason(
              notImproving.id(),
              notImproving.level(),
              notImproving.reason() + " (Your history shows the pain has not come down.)"));
    }
    if (context.followsUpRecentAdvice() && answers.isNo(Ids.CHECKED_SINCE)) {
      previousAdvice(context, answers).ifPresent(reasons::add);
    }
    for (Group group : Group.values()) {
      if (group.level().isPresent() && unspecified(group, context, answers)) {
        Level level = group.level().get();
        reasons.add(
            new Reason(
                group.id(),
                level,
                catalogue.texts().unspecifiedReason().replace("{level}", group.id())));
      }
    }
    boolean severe = answers.number(Ids.PAIN).orElse(0) >= catalogue.severeFrom();
    if (severe && !answers.isYes(Ids.SEVERE_PAIN)) {
      Flag severePain = catalogue.flag(Ids.SEVERE_PAIN).orElseThrow();
      reasons.add(new Reason(severePain.id(), severePain.level(), severePain.reason()));
    }
    // most severe first; not Comparator.comparing, whose lambda is serializable, which the
    // class-data archive leaves out (generated on every run, before the first question)
    reasons.sort((a, b) -> b.level().compareTo(a.level()));
    return reasons;
  }

  /**
   * The reason earlier advice gives when the person has not been checked since: SOON again; after
   * EMERGENCY or URGENT, that level again if the symptoms are still there, URGENT ("get seen
   * today") if not, and nothing until that is answered (it is asked next).
   */
  private Optional<Reason> previousAdvice(TriageContext context, Answers answers) {
    Level earlier = context.recentAdvice().orElseThrow();
    if (!context.asksSymptomsStillThere() || answers.isYes(Ids.SYMPTOMS_STILL_THERE)) {
      return Optional.of(
          new Reason(Ids.PREVIOUS_ADVICE, earlier, catalogue.texts().notCheckedReason()));
    }
    if (answers.isNo(Ids.SYMPTOMS_STILL_THERE)) {
      return Optional.of(
          new Reason(
              Ids.PREVIOUS_ADVICE,
              Level.URGENT,
              date(catalogue.texts().notCheckedSince(), context)));
    }
    return Optional.empty();
  }

  /** A list answered "yes, one applies" whose items were then all answered "no". */
  private boolean unspecified(Group group, TriageContext context, Answers answers) {
    if (!answers.isYes(group.id())) {
      return false;
    }
    List<String> ids = catalogue.askedItemIds(group, context.area(), answers);
    boolean allAnswered = ids.stream().allMatch(answers::has);
    boolean noneYes =
        group == Group.PRECAUTIONS
            ? catalogue.precautions().stream().noneMatch(p -> answers.isYes(p.id()))
            : catalogue.flags().stream()
                .filter(f -> Optional.of(f.level()).equals(group.level()))
                .noneMatch(f -> answers.isYes(f.id()));
    return allAnswered && noneYes;
  }

  private Assessment decided(TriageContext context, Answers answers) {
    List<Reason> reasons = reasons(context, answers);
    Level level = reasons.stream().map(Reason::level).reduce(Level.SELF_CARE, Level::max);
    if (level == Level.EMERGENCY) {
      // severe-pain fires only "unless a higher flag fired" (triage.md)
      reasons = reasons.stream().filter(r -> !r.id().equals(Ids.SEVERE_PAIN)).toList();
    }
    Restrictions restrictions = restrictions(context, answers, level);
    boolean sessionAllowed = level.compareTo(Level.SOON) <= 0 && !restrictions.noSessionToday();
    boolean acknowledge = level == Level.SOON && sessionAllowed;
    LevelAdvice words = catalogue.advice(level);
    String advice = fill(words.whatToDo());
    if (level == Level.SELF_CARE && restrictions.noSessionToday()) {
      advice = "No session today. " + restrictions.comeBack().orElseThrow();
    }
    return new Assessment.Decided(
        new TriageOutcome(
            level,
            sessionAllowed,
            acknowledge,
            reasons,
            restrictions,
            fill(words.title()),
            advice,
            words.howSoon(),
            emergencyNumber));
  }

  private Restrictions restrictions(TriageContext context, Answers answers, Level level) {
    Set<Effect> effects = EnumSet.noneOf(Effect.class);
    List<String> cues = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> comeBack = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Precaution precaution : catalogue.precautions()) {
      if (answers.isYes(precaution.id())) {
        ids.add(precaution.id());
        effects.addAll(precaution.effects());
        precaution.cue().ifPresent(cues::add);
        notes.add(precaution.advice());
        precaution.comeBack().ifPresent(comeBack::add);
      }
    }
    if (level == Level.SOON) {
      for (Flag flag : catalogue.flags()) {
        if (answers.isYes(flag.id())) {
          flag.cue().ifPresent(cues::add);
        }
      }
    }
    if (unspecified(Group.PRECAUTIONS, context, answers)) {
      effects.add(Effect.LIGHT_PRESSURE_ONLY);
      notes.add("You said a precaution applies without saying which: light pressure only.");
    }
    if (level == Level.SOON) {
      effects.add(Effect.LIGHT_PRESSURE_ONLY);
      notes.add("Gentle mode: light pressure only until you have been checked.");
    }
    Optional<String> back =
        comeBack.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", comeBack));
    return new Restrictions(effects, cues, notes, back, ids);
  }

  private String fill(String text) {
    return text.replace(NUMBER, emergencyNumber);
  }
}
