#!/bin/sh
# The first question of 'knots session --after running' against a one-area session's, in a real
# pseudo-terminal (the activity map and five areas' routines are read before the quiz opens):
# target: within 10% of 'knots session --area calves'. Runs alternate, so load hits both alike.
# Usage: bench/after.sh [RUNS]   (default 9)
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
knots=$root/bin/knots
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench-after.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export KNOTS_HOME="$work/home"
runs=${1:-9}
marker='apply to you right now'

# build once and write the class-data archive in the foreground, outside the timings
KNOTS_CDS=wait "$knots" --version >/dev/null

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: >"$work/one"
: >"$work/after"
i=0
while [ "$i" -lt "$runs" ]; do
  TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" "$knots" session \
    --area calves >>"$work/one"
  TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" "$knots" session \
    --after running >>"$work/after"
  i=$((i + 1))
done
one=$(median <"$work/one")
after=$(median <"$work/after")
echo "first question, medians of $runs runs (ms): --area calves $one, --after running $after," \
  "ratio $(awk -v a="$after" -v o="$one" 'BEGIN { printf "%.2f", a / o }') (target <= 1.10)"
