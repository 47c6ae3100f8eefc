package dev.knots.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The countdown state machine over an injected monotonic clock. Each phase ends at a deadline, and
 * the next phase's deadline is counted from that one, never from when the code happened to look:
 * however late a tick, and however many steps, the routine does not drift.
 */
public final class Countdown {
  /** Where the countdown is. */
  public enum State {
    READY,
    RUNNING,
    PAUSED,
    FINISHED
  }

  public static final long SECOND = 1_000_000_000L;

  /** What + and - add or take. */
  public static final long ADJUST_NANOS = 15 * SECOND;

  /** A phase never grows beyond this with +. */
  public static final long MAX_PHASE_NANOS = 30 * 60 * SECOND;

  /** What - leaves at least; skipping is n's job. */
  public static final long MIN_LEFT_NANOS = SECOND;

  /** Back within this much of a phase's start goes to the step before. */
  public static final long BACK_GRACE_NANOS = 2 * SECOND;

  /** The warning before a phase ends. */
  public static final long WARNING_NANOS = 3 * SECOND;

  /** A lead-in ticks on each of its last this many seconds. */
  public static final long LEAD_IN_TICKS = 3;

  /** What became of a step: counted in the result. */
  private enum StepStatus {
    PENDING,
    DONE,
    SKIPPED
  }

  private final List<Phase> phases;
  private final long[] lengths;
  private final StepStatus[] steps;
  private final Ticker ticker;
  private State state = State.READY;
  private int index;
  private long deadline;
  private long pausedLeft;
  private boolean warned;
  private long startedAt;
  private long finishedAt;

  /** The last lead-in second ticked (3, 2, 1); starts above them. */
  private long ticked;

  /** Paused from outside (Ctrl-Z): resuming leads into the step again. */
  private boolean held;

  /** A work phase to continue, not restart, after the lead-in that resumes it; -1 for none. */
  private int carryIndex = -1;

  private long carryLeft;

  public Countdown(List<Phase> phases, Ticker ticker) {
    this.phases = List.copyOf(phases);
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    if (this.phases.isEmpty()) {
      throw new IllegalArgumentException("nothing to count down");
    }
    lengths = this.phases.stream().mapToLong(Phase::durationNanos).toArray();
    steps = new StepStatus[this.phases.get(this.phases.size() - 1).stepIndex() + 1];
    Arrays.fill(steps, StepStatus.PENDING);
    pausedLeft = lengths[0];
  }

  /** Starts the first phase now. */
  public List<CountdownEvent> start() {
    if (state != State.READY) {
      throw new IllegalStateException("already started");
    }
    List<CountdownEvent> events = new ArrayList<>();
    startedAt = ticker.nanoTime();
    state = State.RUNNING;
    enter(0, startedAt, events);
    return events;
  }

  /** Catches up with the clock: ends phases whose deadline has passed, warns near the end. */
  public List<CountdownEvent> update() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    return events;
  }

  public List<CountdownEvent> togglePause() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    long now = ticker.nanoTime();
    if (state == State.RUNNING) {
      pausedLeft = deadline - now;
      state = State.PAUSED;
    } else if (state == State.PAUSED) {
      state = State.RUNNING;
      boolean ledInto =
          index > 0
              && phases.get(index).isWork()
              && phases.get(index - 1).kind() == PhaseKind.LEAD_IN
              && phases.get(index - 1).side() == phases.get(index).side()
              && phases.get(index - 1).stepIndex() == phases.get(index).stepIndex();
      if (held && ledInto) {
        int work = index;
        long left = pausedLeft;
        enter(index - 1, now, events);
        carryIndex = work;
        carryLeft = left;
      } else {
        deadline = now + pausedLeft;
      }
      held = false;
    }
    return events;
  }

  /** The space key: during a running lead-in, starts the step at once; otherwise pause/resume. */
  public List<CountdownEvent> space() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (state == State.RUNNING && phases.get(index).kind() == PhaseKind.LEAD_IN) {
      enter(index + 1, ticker.nanoTime(), events);
      return events;
    }
    events.addAll(togglePause());
    return events;
  }

  /**
   * Pauses because the person went away without saying so (Ctrl-Z, then fg): when resumed, a work
   * phase is led into again, then goes on with the time it had left.
   */
  public List<CountdownEvent> hold() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (state == State.RUNNING) {
      events.addAll(togglePause());
    }
    if (state == State.PAUSED) {
      held = true;
    }
    return events;
  }

  /** Skips to the next side of a two-sided step, else to the next step. */
  public List<CountdownEvent> next() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (!started()) {
      return events;
    }
    Phase current = phases.get(index);
    events.add(new CountdownEvent(CountdownEvent.Type.PHASE_SKIPPED, index, current));
    // from a lead-in, the side it leads into is skipped with it
    int target = current.kind() == PhaseKind.LEAD_IN ? index + 2 : index + 1;
    if (target >= phases.size() || phases.get(target).stepIndex() != current.stepIndex()) {
      if (steps[current.stepIndex()] != StepStatus.DONE) {
        steps[current.stepIndex()] = StepStatus.SKIPPED;
      }
    }
    enter(target, ticker.nanoTime(), events);
    return events;
  }

  /** Back to the start of this phase; near its start already, to the step before. */
  public List<CountdownEvent> back() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (!started()) {
      return events;
    }
    Phase current = phases.get(index);
    long elapsed = lengths[index] - left();
    int target;
    if (current.isWork() && elapsed >= BACK_GRACE_NANOS) {
      target = index;
    } else {
      int first = firstPhaseOf(current.stepIndex());
      if (index != first) {
        target = first;
      } else if (current.stepIndex() > 0) {
        target = firstPhaseOf(current.stepIndex() - 1);
      } else {
        target = first;
      }
    }
    enter(target, ticker.nanoTime(), events);
    return events;
  }

  /** Adds 15 s to the current phase, up to 30 min in all. */
  public List<CountdownEvent> plus() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (!started()) {
      return events;
    }
    long add = Math.max(0, Math.min(ADJUST_NANOS, MAX_PHASE_NANOS - lengths[index]));
    shift(add);
    if (left() > WARNING_NANOS) {
      warned = false;
    }
    return events;
  }

  /** Takes 15 s off the current phase, leaving at least a second. */
  public List<CountdownEvent> minus() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (!started()) {
      return events;
    }
    long left = left();
    if (left > MIN_LEFT_NANOS) {
      shift(-(left - Math.max(MIN_LEFT_NANOS, left - ADJUST_NANOS)));
    }
    catchUp(events);
    return events;
  }

  /** Ends the session now (quit or stop); the current step counts as neither done nor skipped. */
  public List<CountdownEvent> abort() {
    List<CountdownEvent> events = new ArrayList<>();
    catchUp(events);
    if (state != State.FINISHED) {
      finishedAt = ticker.nanoTime();
      if (state == State.READY) {
        startedAt = finishedAt;
      }
      state = State.FINISHED;
    }
    return events;
  }

  public State state() {
    return state;
  }

  public boolean finished() {
    return state == State.FINISHED;
  }

  public List<Phase> phases() {
    return phases;
  }

  /** Time left in the current phase. */
  public long leftNanos() {
    return left();
  }

  /** How long to wait until the shown whole seconds change or the phase ends. */
  public long nanosUntilNextTick() {
    if (state != State.RUNNING) {
      return SECOND;
    }
    long left = left();
    return left <= 0 ? 0 : ((left - 1) % SECOND) + 1;
  }

  /** From the start to the end (or to now), pauses included. */
  public long elapsedNanos() {
    if (state == State.READY) {
      return 0;
    }
    return (state == State.FINISHED ? finishedAt : ticker.nanoTime()) - startedAt;
  }

  public int stepsDone() {
    return count(StepStatus.DONE);
  }

  public int stepsSkipped() {
    return count(StepStatus.SKIPPED);
  }

  public int stepCount() {
    return steps.length;
  }

  public Snapshot snapshot() {
    Phase phase = phases.get(index);
    Optional<Phase> next = Optional.empty();
    // a lead-in's own step is not "next": the one after it is
    int from = phase.kind() == PhaseKind.LEAD_IN ? index + 2 : index + 1;
    for (int i = from; i < phases.size(); i++) {
      if (phases.get(i).isWork()) {
        next = Optional.of(phases.get(i));
        break;
      }
    }
    long before = 0;
    long total = 0;
    for (int i = 0; i < lengths.length; i++) {
      total += lengths[i];
      if (i < index) {
        before += lengths[i];
      }
    }
    long left = left();
    long done = state == State.FINISHED ? total : before + lengths[index] - left;
    return new Snapshot(
        state,
        index,
        phase,
        state == State.FINISHED ? Optional.empty() : next,
        left,
        lengths[index],
        done,
        total,
        phase.stepIndex() + 1,
        steps.length,
        false);
  }

  private boolean started() {
    return state == State.RUNNING || state == State.PAUSED;
  }

  private long left() {
    return switch (state) {
      case RUNNING -> Math.max(0, deadline - ticker.nanoTime());
      case FINISHED -> 0;
      default -> pausedLeft;
    };
  }

  private void shift(long delta) {
    lengths[index] += delta;
    if (state == State.RUNNING) {
      deadline += delta;
    } else {
      pausedLeft += delta;
    }
  }

  private void catchUp(List<CountdownEvent> events) {
    if (state != State.RUNNING) {
      return;
    }
    long now = ticker.nanoTime();
    while (state == State.RUNNING) {
      long left = deadline - now;
      if (left > 0) {
        if (phases.get(index).kind() == PhaseKind.LEAD_IN) {
          long second = (left + SECOND - 1) / SECOND;
          if (second <= LEAD_IN_TICKS && second < ticked) {
            ticked = second;
            events.add(
                new CountdownEvent(CountdownEvent.Type.LEAD_IN_TICK, index, phases.get(index)));
          }
          return;
        }
        if (!warned && left <= WARNING_NANOS && lengths[index] > WARNING_NANOS) {
          warned = true;
          events.add(new CountdownEvent(CountdownEvent.Type.WARNING, index, phases.get(index)));
        }
        return;
      }
      Phase ended = phases.get(index);
      events.add(new CountdownEvent(CountdownEvent.Type.PHASE_COMPLETED, index, ended));
      if (ended.isWork() && isLastPhaseOfStep(index)) {
        steps[ended.stepIndex()] = StepStatus.DONE;
      }
      enter(index + 1, deadline, events);
    }
  }

  /** Enters a phase that starts at {@code at}; past the last phase, the countdown finishes. */
  private void enter(int target, long at, List<CountdownEvent> events) {
    if (target >= phases.size()) {
      Phase last = phases.get(phases.size() - 1);
      index = phases.size() - 1;
      state = State.FINISHED;
      finishedAt = at;
      events.add(new CountdownEvent(CountdownEvent.Type.FINISHED, phases.size(), last));
      return;
    }
    index = target;
    warned = false;
    ticked = Long.MAX_VALUE;
    if (target == carryIndex) {
      // back after a hold: the step goes on with the time it had left
      if (state == State.RUNNING) {
        deadline = at + carryLeft;
      } else {
        pausedLeft = carryLeft;
      }
    } else {
      lengths[target] = phases.get(target).durationNanos();
      if (state == State.RUNNING) {
        deadline = at + lengths[target];
      } else {
        pausedLeft = lengths[target];
      }
    }
    carryIndex = -1;
    boolean ledIn =
        target > 0
            && phases.get(target - 1).kind() == PhaseKind.LEAD_IN
            && phases.get(target - 1).stepIndex() == phases.get(target).stepIndex()
            && phases.get(target - 1).side() == phases.get(target).side();
    events.add(
        new CountdownEvent(CountdownEvent.Type.PHASE_STARTED, target, phases.get(target), ledIn));
  }

  private boolean isLastPhaseOfStep(int phaseIndex) {
    return phaseIndex + 1 >= phases.size()
        || phases.get(phaseIndex + 1).stepIndex() != phases.get(phaseIndex).stepIndex();
  }

  private int firstPhaseOf(int stepIndex) {
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).stepIndex() == stepIndex) {
        return i;
      }
    }
    throw new IllegalStateException("no phase for step " + stepIndex);
  }

  private int count(StepStatus status) {
    int n = 0;
    for (StepStatus s : steps) {
      if (s == status) {
        n++;
      }
    }
    return n;
  }
}
