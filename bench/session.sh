#!/bin/sh
# The session countdown in plain mode, as a log or a screen reader gets it:
# - drift: a 35 s routine (7 steps of 5 s) must last 35 s beyond start-up,
#   measured from the first step's line to the summary line (each line is stamped on arrival;
#   target under 20 ms);
# - idle cost: CPU used by the process between 5 s and 30 s into the countdown, as % of one core
#   (target under 1%);
# - peak RSS of the whole run from /usr/bin/time -v (target under 64 MB).
# Usage: bench/session.sh [RUNS]   (default 1; each run lasts about 36 s)
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
knots=$root/bin/knots
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench-session.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export KNOTS_HOME="$work/home"
runs=${1:-1}

# the lead-in (5 s before each step by default) is left out: the figures stay comparable over time
mkdir -p "$KNOTS_HOME/config"
echo "lead-in: 0s" >"$KNOTS_HOME/config/config.yaml"

# build once and write the class-data archive in the foreground, outside the timings
KNOTS_CDS=wait "$knots" --version >/dev/null
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is needed to stamp lines" >&2; exit 1; }

{
  echo "name: Bench thirty-five"
  echo "area: calves"
  echo "steps:"
  for i in 1 2 3 4 5 6 7; do
    echo "  - {name: Step $i, kind: stretch, duration: 5s}"
  done
} >"$work/r.yaml"

now_ms() {
  t=$(date +%s%N)
  echo $((t / 1000000))
}

ticks() { # utime + stime of a process, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

hz=$(getconf CLK_TCK)
run=1
while [ "$run" -le "$runs" ]; do
  rm -f "$work/fifo" && mkfifo "$work/fifo"
  # one process stamps every line (a date per line would add fork latency to the figures)
  python3 -u -c 'import sys, time
for line in sys.stdin:
    sys.stdout.write("%d %s" % (time.time() * 1000, line))' <"$work/fifo" >"$work/stamped" &
  stamper=$!
  start=$(now_ms)
  /usr/bin/time -v -o "$work/time.txt" "$knots" session --plain --no-sound --answer none --answer pain=2 \
    --answer pain-after=2 --answer felt-warning-signs=no --file "$work/r.yaml" \
    </dev/null >"$work/fifo" &
  timer=$!
  sleep 5
  java_pid=$(pgrep -P "$timer" | head -n 1)
  t1=$(ticks "$java_pid")
  sleep 25
  t2=$(ticks "$java_pid")
  wait "$timer"
  wait "$stamper"
  end=$(now_ms)
  first=$(grep -m1 ' Step 1 of 7' "$work/stamped" | cut -d' ' -f1)
  last=$(grep -m1 ' Session complete' "$work/stamped" | cut -d' ' -f1)
  startup=$((first - start))
  lasted=$((last - first))
  drift=$((lasted - 35000))
  cpu=$(awk -v a="$t1" -v b="$t2" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 25 * 100 }')
  rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); printf "%.1f", $2 / 1024 }' "$work/time.txt")
  echo "run $run: start-up ${startup} ms, countdown ${lasted} ms (drift ${drift} ms; target |drift| < 20)," \
    "idle CPU ${cpu}% of a core (target < 1), peak RSS ${rss} MB (target < 64), wall $((end - start)) ms"
  run=$((run + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# The full screen with a figure and the window title (in a 120x40 tmux pane), against the same
# screen with --no-figures: idle CPU between 5 s and 30 s into the countdown, and peak RSS
# (targets: figures and title cost under 0.5% of a core and under 5 MB more).
command -v tmux >/dev/null || { echo "bench: tmux is needed for the screen figures" >&2; exit 0; }
{
  echo "name: Bench screen"
  echo "area: calves"
  echo "steps:"
  echo "  - {name: Calves on the roller, kind: stretch, sides: both, duration: 20s, figure: roller-calves}"
} >"$work/s.yaml"
socket="knots-bench-$$"
screen_run() { # $1: label, $2: extra option
  tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 -s bench sh
  tmux -L "$socket" send-keys -t bench "/usr/bin/time -v -o '$work/stime.txt' '$knots' session" \
    " --no-sound --answer none --answer pain=2 --answer pain-after=2" \
    " --answer felt-warning-signs=no --file '$work/s.yaml' $2; echo BENCH-END" Enter
  sleep 3
  tmux -L "$socket" send-keys -t bench Space
  sleep 5
  java_pid=$(pgrep -f "session .*--file $work/s.yaml" | while read -r p; do
    [ "$(cat "/proc/$p/comm")" = java ] && echo "$p"; done | head -n 1)
  t1=$(ticks "$java_pid")
  sleep 25
  t2=$(ticks "$java_pid")
  while ! tmux -L "$socket" capture-pane -p -t bench | grep -q '^BENCH-END'; do sleep 1; done
  tmux -L "$socket" kill-server
  cpu=$(awk -v a="$t1" -v b="$t2" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 25 * 100 }')
  rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); printf "%.1f", $2 / 1024 }' "$work/stime.txt")
  echo "screen $1: idle CPU ${cpu}% of a core, peak RSS ${rss} MB"
}
screen_run "with figure and title" ""
screen_run "with --no-figures    " "--no-figures"
