package dev.knots.session;

import dev.knots.platform.Json;
import dev.knots.routine.Sides;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened in a session, for {@code --events} (status bars, scripts): pure data,
 * written as one JSON object per line.
 *
 * @param type session-start, lead-in, step-start, side-switch, pause, resume, skip, back, adjust,
 *     stop or end
 * @param offsetMillis from the session's start, on the monotonic clock
 * @param step the step's number from 1 (0 before the first)
 * @param side left, right or none
 * @param detail the ending for {@code end}; empty otherwise
 */
public record SessionEvent(
    String type,
    long offsetMillis,
    int step,
    String stepName,
    String side,
    long secondsLeft,
    String detail) {
  public SessionEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(stepName, "stepName");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(detail, "detail");
  }

  /** Where events go: a file, or nowhere. */
  @FunctionalInterface
  public interface Sink {
    void accept(SessionEvent event);
  }

  /** The event for this moment of the countdown. */
  static SessionEvent of(String type, long offsetNanos, Snapshot s, String detail) {
    Sides side = s.phase().side();
    return new SessionEvent(
        type,
        offsetNanos / 1_000_000L,
        s.stepNumber(),
        s.phase().step().name(),
        side == Sides.LEFT || side == Sides.RIGHT ? side.id() : "none",
        s.leftSeconds(),
        detail);
  }

  /** One line of JSON, without the line break. */
  public String json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("event", type);
    json.put("offsetMs", offsetMillis);
    json.put("step", step);
    json.put("name", stepName);
    json.put("side", side);
    json.put("secondsLeft", secondsLeft);
    if (!detail.isEmpty()) {
      json.put("ending", detail);
    }
    return Json.line(json);
  }
}
