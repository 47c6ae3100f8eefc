#!/bin/sh
# Start-up figures of two checkouts, measured alternately (a round of two runs of each, then the
# next round), so that a change of load moves both: for "before and after" in a closing note.
# Usage: bench/compare.sh BEFORE_CHECKOUT [AFTER_CHECKOUT]   (after defaults to this one)
# Prints a Markdown table of medians (ms) of BENCH_RUNS runs (default 20). Needs hyperfine and
# python3 (bench/run.sh installs hyperfine).
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
[ $# -ge 1 ] || { echo "usage: bench/compare.sh BEFORE_CHECKOUT [AFTER_CHECKOUT]" >&2; exit 2; }
before=$(cd -- "$1" && pwd -P)
after=$(cd -- "${2:-$root}" && pwd -P)
runs=${BENCH_RUNS:-20}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export NO_COLOR=1 LANG=C.UTF-8
mkdir -p "$work/before" "$work/after"
# build if needed and warm each class-data archive, outside every timing
KNOTS_HOME=$work/before KNOTS_CDS=wait "$before/bin/knots" --version >/dev/null
KNOTS_HOME=$work/after KNOTS_CDS=wait "$after/bin/knots" --version >/dev/null

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

row() { # row WHAT BEFORE_MS AFTER_MS
  awk -v w="$1" -v b="$2" -v a="$3" \
    'BEGIN { printf "| %s | %.0f | %.0f | %+.1f%% |\n", w, b, a, (a - b) * 100 / b }'
}

pair() { # pair WHAT KNOTS-ARGS...
  what=$1
  shift
  : >"$work/times"
  round=0
  while [ $((round * 2)) -lt "$runs" ]; do
    hyperfine -N -i -w 1 -r 2 --export-json "$work/h.json" \
      "env KNOTS_HOME=$work/before $before/bin/knots $*" \
      "env KNOTS_HOME=$work/after $after/bin/knots $*" >/dev/null 2>&1
    python3 - "$work/h.json" >>"$work/times" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for b, a in zip(r[0]["times"], r[1]["times"]):
    print(b * 1000, a * 1000)
PY
    round=$((round + 1))
  done
  row "$what" "$(cut -d' ' -f1 "$work/times" | median)" "$(cut -d' ' -f2 "$work/times" | median)"
}

echo "before: $before ($(git -C "$before" rev-parse --short HEAD)), after: $after" \
  "($(git -C "$after" rev-parse --short HEAD)); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs, ms"
echo
echo "| what | before | after | change |"
echo "| --- | ---: | ---: | ---: |"
pair 'knots --help' --help
pair 'knots areas' areas
pair 'knots routines list' routines list
pair 'knots triage --area calves, first question, stdin closed' triage --area calves
marker='apply to you right now'
: >"$work/pty"
i=0
while [ "$i" -lt "$runs" ]; do
  b=$(KNOTS_HOME=$work/before TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" \
    "$before/bin/knots" session --area calves)
  a=$(KNOTS_HOME=$work/after TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" \
    "$after/bin/knots" session --area calves)
  echo "$b $a" >>"$work/pty"
  i=$((i + 1))
done
row 'knots session --area calves, first question in a pseudo-terminal' \
  "$(cut -d' ' -f1 "$work/pty" | median)" "$(cut -d' ' -f2 "$work/pty" | median)"
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
