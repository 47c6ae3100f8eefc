package dev.knots.session;

import java.util.Objects;
import java.util.Optional;

/**
 * What a session came to, for the summary and the history.
 *
 * @param stepsDone steps whose time ran out (the last side, for two-sided steps)
 * @param stepsSkipped steps the person skipped with n (not those the plan left out)
 * @param stepsTotal steps in the plan that was run
 * @param elapsedSeconds wall time from the first step to the end, pauses included
 * @param stopReason for {@link Ending#STOPPED} what the person said happened, else null
 */
public record SessionResult(
    int stepsDone,
    int stepsSkipped,
    int stepsTotal,
    long elapsedSeconds,
    Ending ending,
    StopReason stopReason) {

  public SessionResult {
    Objects.requireNonNull(ending, "ending");
    if (stepsDone < 0 || stepsSkipped < 0 || stepsDone + stepsSkipped > stepsTotal) {
      throw new IllegalArgumentException("step counts do not add up");
    }
    if ((ending == Ending.STOPPED) != (stopReason != null)) {
      throw new IllegalArgumentException("a stop reason goes with STOPPED only");
    }
  }

  public Optional<StopReason> stopReasonIfStopped() {
    return Optional.ofNullable(stopReason);
  }
}
