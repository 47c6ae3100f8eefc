package dev.knots.session;

import dev.knots.routine.Sides;
import java.util.Locale;
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
    StringBuilder out = new StringBuilder(128);
    out.append("{\"event\":\"").append(type).append('"');
    out.append(",\"offsetMs\":").append(offsetMillis);
    out.append(",\"step\":").append(step);
    out.append(",\"name\":");
    quote(out, stepName);
    out.append(",\"side\":\"").append(side).append('"');
    out.append(",\"secondsLeft\":").append(secondsLeft);
    if (!detail.isEmpty()) {
      out.append(",\"ending\":");
      quote(out, detail);
    }
    return out.append('}').toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
