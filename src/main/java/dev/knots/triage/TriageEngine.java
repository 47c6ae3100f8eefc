package dev.knots.triage;

import dev.knots.body.Area;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
    if (!context.severalAreas()) {
      if (painOf(answers, context.area()).isEmpty()) {
        return new Assessment.Needed(painQuestion());
      }
    } else {
      for (Area area : context.areas()) {
        if (painOf(answers, Optional.of(area)).isEmpty()) {
          return new Assessment.Needed(painQuestion(area));
        }
      }
    }
    return decided(context, answers);
  }

  /**
   * The pain rating for an area: its own ({@code pain:calves}) or the one for every area ({@code
   * pain}); empty when neither was given.
   */
  public static OptionalInt painOf(Answers answers, Optional<Area> area) {
    if (area.isPresent()) {
      OptionalInt own = answers.number(Ids.inArea(Ids.PAIN, area.get()));
      if (own.isPresent()) {
        return own;
      }
    }
    return answers.number(Ids.PAIN);
  }

  /** The worst pain rating given, for any area (severe pain anywhere stops the session). */
  private static int worstPain(Answers answers) {
    int worst = 0;
    for (Map.Entry<String, Integer> e : answers.numbers().entrySet()) {
      String id = e.getKey();
      if (id.equals(Ids.PAIN) || id.startsWith(Ids.PAIN + Ids.AREA_SEPARATOR)) {
        worst = Math.max(worst, e.getValue());
      }
    }
    return worst;
  }

  /** The pain rating's question for one area of a session over several. */
  public Question painQuestion(Area area) {
    return scaleAbout(area, painQuestion());
  }

  /** A 0-10 question asked for one area of several: the area's line first, the id per area. */
  static Question scaleAbout(Area area, Question all) {
    List<String> lines = new ArrayList<>();
    lines.add(aboutArea(area));
    lines.addAll(all.lines());
    return new Question(
        Ids.inArea(all.id(), area),
        Question.Kind.SCALE,
        Optional.empty(),
        lines,
        List.of(),
        all.anchors());
  }

  /** The line that puts a question about one area of several in front of it. */
  static String aboutArea(Area area) {
    return "About your " + area.id().replace('-', ' ') + ":";
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
    if (group == Group.PRECAUTIONS) {
      Optional<Question> where = whereQuestion(context, answers);
      if (where.isPresent()) {
        return where;
      }
    }
    List<String> unanswered = new ArrayList<>();
    for (String id : askedIds(group, context, answers)) {
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

  /** A list's items for the session's area, or for the union of its areas. */
  private List<String> askedIds(Group group, TriageContext context, Answers answers) {
    return context.severalAreas()
        ? catalogue.askedItemIds(group, context.scope(), answers)
        : catalogue.askedItemIds(group, context.area(), answers);
  }

  /**
   * After a yes to a precaution about the area worked on, in a session over several areas: the
   * question for each area it may concern, one by one (a missing one is never "no").
   */
  private Optional<Question> whereQuestion(TriageContext context, Answers answers) {
    if (!context.severalAreas()) {
      return Optional.empty();
    }
    for (Precaution precaution : catalogue.precautions()) {
      if (!answers.isYes(precaution.id()) || !precaution.effects().contains(Effect.IN_THIS_AREA)) {
        continue;
      }
      for (Area area : context.areas()) {
        String id = Ids.inArea(precaution.id(), area);
        if (precaution.appliesTo(area) && !answers.has(id)) {
          List<String> lines = new ArrayList<>();
          lines.add(aboutArea(area));
          lines.addAll(precaution.question());
          return Optional.of(Question.yesNo(id, Optional.empty(), lines));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The areas of a session over several that a precaution answered yes concerns, when it concerns
   * only some of them; empty when it holds for the whole session: a precaution about the person, a
   * session over one area, or no area named (a yes without a where is a yes for every area).
   */
  static Set<Area> concerned(Precaution precaution, TriageContext context, Answers answers) {
    if (!context.severalAreas() || !precaution.effects().contains(Effect.IN_THIS_AREA)) {
      return Set.of();
    }
    Set<Area> yes = EnumSet.noneOf(Area.class);
    for (Area area : context.areas()) {
      if (precaution.appliesTo(area) && answers.isYes(Ids.inArea(precaution.id(), area))) {
        yes.add(area);
      }
    }
    return yes.size() == context.areas().size() ? Set.of() : Set.copyOf(yes);
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
    boolean severe = worstPain(answers) >= catalogue.severeFrom();
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
    List<String> ids = askedIds(group, context, answers);
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
    Map<String, Set<Area>> someAreas = new LinkedHashMap<>();
    for (Precaution precaution : catalogue.precautions()) {
      if (answers.isYes(precaution.id())) {
        ids.add(precaution.id());
        precaution.cue().ifPresent(cues::add);
        Set<Area> where = concerned(precaution, context, answers);
        if (where.isEmpty()) {
          precaution.effects().stream().filter(e -> e != Effect.IN_THIS_AREA).forEach(effects::add);
          notes.add(precaution.advice());
          precaution.comeBack().ifPresent(comeBack::add);
        } else {
          // the other areas' steps go on: the effects hold for these areas' steps only
          someAreas.put(precaution.id(), where);
          precaution.effects().stream()
              .filter(e -> e != Effect.NO_SESSION_TODAY && e != Effect.IN_THIS_AREA)
              .forEach(effects::add);
          String names = Restrictions.names(where);
          notes.add(
              precaution.effects().contains(Effect.NO_SESSION_TODAY)
                  ? "No session for the "
                      + names
                      + " today: "
                      + precaution.advice()
                      + precaution.comeBack().map(" "::concat).orElse("")
                  : "For the " + names + ": " + precaution.advice());
        }
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
    return new Restrictions(effects, cues, notes, back, ids, someAreas);
  }

  private String fill(String text) {
    return text.replace(NUMBER, emergencyNumber);
  }
}
