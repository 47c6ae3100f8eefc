#!/bin/sh
# The benchmark suite in one command: prints a Markdown table (paste it into docs/benchmarks.md).
# Every start-up figure is paired with a bare JVM Hello on the same JDK and the launcher's JVM flags
# (ratio = knots / floor), the two alternating in rounds of two runs each, so that a change of load
# moves both; figures are medians of BENCH_RUNS runs (default 20). knots runs through bin/knots, as
# a user runs it, with its class-data archive warm.
# Usage: bench/run.sh            JAVA_HOME=/path/to/jdk bench/run.sh   tries another JDK.
# Needs hyperfine, /usr/bin/time (package time) and python3; installs the first two with apt-get.
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
knots=$root/bin/knots
runs=${BENCH_RUNS:-20}

need() { # need COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: installing $2..." >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y -q "$2" >/dev/null
  else
    sudo apt-get install -y -q "$2" >/dev/null
  fi
}
need hyperfine hyperfine
need /usr/bin/time time
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=$(command -v java)
fi
javac=$(dirname -- "$(readlink -f -- "$java")")/javac

work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export KNOTS_HOME="$work/home"
export NO_COLOR=1 LANG=C.UTF-8

# The same JVM flags as the launcher: the floor must not win by flags alone.
flags=$(sed -n 's/^jvm_flags="\(.*\)"$/\1/p' "$knots")
[ -n "$flags" ] || { echo "bench: could not read jvm_flags from $knots" >&2; exit 1; }

# Build if needed and warm the class-data archive in the foreground, outside every timing.
KNOTS_CDS=wait "$knots" --version >/dev/null

mkdir -p "$work/hello"
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println(a.length > 0 ? a[0] : "Hello"); } }' \
  >"$work/Hello.java"
"$javac" --release 17 -d "$work/hello" "$work/Hello.java"
floor="$java $flags -cp $work/hello Hello"

median() { # median of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

row() { # row WHAT KNOTS_MS FLOOR_MS TARGET
  awk -v w="$1" -v k="$2" -v f="$3" -v t="$4" \
    'BEGIN { printf "| %s | %.0f | %.0f | %.1fx | %s |\n", w, k, f, k / f, t }'
}

pair() { # pair WHAT TARGET KNOTS-ARGS...: hyperfine knots against the floor, one row
  what=$1
  target=$2
  shift 2
  # Rounds of two runs of each (after one warm-up): hyperfine runs all of one command's runs
  # before the next's, and on a shared machine the load changed in between.
  : >"$work/times"
  round=0
  while [ $((round * 2)) -lt "$runs" ]; do
    # -N: no shell in between; stdin is empty; -i: triage's first question with stdin closed exits 2
    hyperfine -N -i -w 1 -r 2 --export-json "$work/h.json" "$floor" "$knots $*" >/dev/null 2>&1
    python3 - "$work/h.json" >>"$work/times" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for f, k in zip(r[0]["times"], r[1]["times"]):
    print(f * 1000, k * 1000)
EOF
    round=$((round + 1))
  done
  row "$what" "$(cut -d' ' -f2 "$work/times" | median)" "$(cut -d' ' -f1 "$work/times" | median)" \
    "$target"
}

echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)," \
  "$("$java" -version 2>&1 | sed -n 2p), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "flags: $flags; medians of $runs runs, ms"
echo
echo "| what | knots | floor | ratio | target |"
echo "| --- | ---: | ---: | ---: | --- |"
pair 'knots --help' '<= 3.0x' --help
pair 'knots areas' '' areas
pair 'knots routines list' '' routines list
pair 'knots triage --area calves, first question, stdin closed' '<= 5.0x' triage --area calves

# The first question of a session in a real pseudo-terminal, against Hello printing the marker.
marker='apply to you right now'
i=0
: >"$work/pty-knots"
: >"$work/pty-floor"
while [ "$i" -lt "$runs" ]; do
  # shellcheck disable=SC2086 # the floor's flags are words
  python3 "$root/bench/first_output.py" "$marker" $floor "$marker" >>"$work/pty-floor"
  TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" "$knots" session --area calves \
    >>"$work/pty-knots"
  i=$((i + 1))
done
row 'knots session --area calves, first question in a pseudo-terminal' \
  "$(median <"$work/pty-knots")" "$(median <"$work/pty-floor")" '<= 5.0x'

for count in 100 1000 10000; do
  "$root/bench/routines.sh" --generate "$work/routines-$count" "$count"
  target=''
  [ "$count" -eq 10000 ] && target='< 1000 ms'
  pair "knots routines validate, $count files" "$target" routines validate "$work/routines-$count"
done

# history and progress over ten years of daily sessions, written through the real store
"$java" -cp "$root/target/knots.jar" "$root/bench/GenerateHistory.java" "$KNOTS_HOME/state" 3650 >/dev/null
pair 'knots history, 3,650 sessions' '' history
pair 'knots progress, 3,650 sessions' '' progress

echo
echo "load average after the start-up figures: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "a 35 s routine in plain mode (bench/session.sh):"
"$root/bench/session.sh" 1 | sed 's/^/    /'
