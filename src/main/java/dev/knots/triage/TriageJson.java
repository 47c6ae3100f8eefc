package dev.knots.triage;

import dev.knots.body.Area;
import dev.knots.platform.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code knots triage --format json}: the outcome, and the questions of an area (cli.md). */
public final class TriageJson {
  private TriageJson() {}

  /** The outcome of a quiz about this area (or none), with the answers it was given. */
  public static String outcome(TriageOutcome outcome, Optional<Area> area, Answers answers) {
    return Json.pretty(outcomeTree(outcome, area, answers)) + "\n";
  }

  /** Every question asked about this area, with its id, level and sources. */
  public static String listing(Catalogue catalogue, Area area) {
    return Json.pretty(listingTree(catalogue, area)) + "\n";
  }

  private static Map<String, Object> outcomeTree(
      TriageOutcome outcome, Optional<Area> area, Answers answers) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area", area.map(Area::id).orElse(null));
    json.put("level", outcome.level().name());
    json.put("sessionAllowed", outcome.sessionAllowed());
    json.put("requiresAcknowledgement", outcome.requiresAcknowledgement());
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason reason : outcome.reasons()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", reason.id());
      r.put("level", reason.level().name());
      r.put("text", reason.text());
      reasons.add(r);
    }
    json.put("reasons", reasons);
    json.put("title", outcome.title());
    json.put("advice", outcome.advice());
    json.put("howSoon", outcome.howSoon());
    json.put("emergencyNumber", outcome.emergencyNumber());
    Map<String, Object> restrictions = new LinkedHashMap<>();
    restrictions.put("noSessionToday", outcome.restrictions().noSessionToday());
    restrictions.put("comeBack", outcome.restrictions().comeBack().orElse(null));
    restrictions.put(
        "effects", outcome.restrictions().effects().stream().map(Enum::name).sorted().toList());
    restrictions.put("stepCues", outcome.restrictions().stepCues());
    restrictions.put("notes", outcome.restrictions().notes());
    restrictions.put("precautions", outcome.restrictions().precautionIds());
    json.put("restrictions", restrictions);
    Map<String, Object> given = new TreeMap<>();
    given.putAll(answers.yesNo());
    given.putAll(answers.numbers());
    json.put("answers", given);
    return json;
  }

  private static Map<String, Object> listingTree(Catalogue catalogue, Area area) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area", area.id());
    json.put("groupQuestion", catalogue.texts().groupQuestion());
    List<Map<String, Object>> questions = new ArrayList<>();
    for (Group group : Group.values()) {
      for (String id : catalogue.itemIds(group, Optional.of(area))) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("group", group.id());
        Optional<Flag> flag = catalogue.flag(id);
        if (flag.isPresent()) {
          q.put("kind", "flag");
          q.put("level", flag.get().level().name());
          q.put("summary", flag.get().summary());
          q.put("question", flag.get().question());
          q.put("reason", flag.get().reason());
          q.put("sources", flag.get().sources());
        } else {
          Precaution p = catalogue.precaution(id).orElseThrow();
          q.put("kind", "precaution");
          q.put("level", "SELF_CARE");
          q.put("summary", p.summary());
          q.put("question", p.question());
          q.put("effects", p.effects().stream().map(Enum::name).sorted().toList());
          q.put("sources", p.sources());
          if (p.after().isPresent()) {
            q.put("after", p.after().get()); // asked only after a yes to that precaution
          }
        }
        q.put("answers", "yes|no");
        questions.add(q);
      }
    }
    Map<String, Object> pain = new LinkedHashMap<>();
    pain.put("id", "pain");
    pain.put("group", null);
    pain.put("kind", "scale");
    pain.put("level", null);
    pain.put("summary", "pain rating; 7 or more fires severe-pain (URGENT)");
    pain.put("question", List.of(catalogue.texts().painQuestion()));
    List<Map<String, Object>> anchors = new ArrayList<>();
    for (PainAnchor a : catalogue.anchors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", a.from());
      m.put("to", a.to());
      m.put("label", a.label());
      m.put("text", a.text());
      anchors.add(m);
    }
    pain.put("anchors", anchors);
    pain.put("answers", "0-10");
    questions.add(pain);
    json.put("questions", questions);
    return json;
  }
}
