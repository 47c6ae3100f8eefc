#!/bin/sh
# The self-contained download (no JDK or Maven needed) against bin/knots on the same machine, in
# the same run:
# - sizes: the archive (target <= 45 MB) and its unpacked runtime (target <= 80 MB);
# - `knots --help` and a session's first question in a pseudo-terminal, medians of BENCH_RUNS runs
#   (default 20), the two alternating so that a change of load moves both (target: the download no
#   slower);
# - peak RSS of a 5 s plain countdown from /usr/bin/time -v (target: the download no higher).
# Both run with their class-data archive warm. Needs target/dist/ (mvn -B -Pdist package),
# hyperfine, /usr/bin/time and python3.
# Usage: bench/dist.sh   (prints a Markdown table for docs/benchmarks.md)
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
runs=${BENCH_RUNS:-20}
version=$(sed -n 's/^  <version>\(.*\)<\/version>$/\1/p' "$root/pom.xml" | head -n 1)
archive=$root/target/dist/knots-$version-linux-x64.tar.gz
[ -f "$archive" ] || { echo "bench: $archive is missing: run mvn -B -Pdist package" >&2; exit 1; }
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export NO_COLOR=1 LANG=C.UTF-8
tar -C "$work" -xzf "$archive"
installed=$work/knots-$version/bin/knots
source=$root/bin/knots
# each with its own KNOTS_HOME, so neither meets the other's files
installed="env KNOTS_HOME=$work/home-download $installed"
source="env KNOTS_HOME=$work/home-source $source"
KNOTS_CDS=wait $source --version >/dev/null
KNOTS_CDS=wait $installed --version >/dev/null

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.0f\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
row() { # row WHAT DOWNLOAD SOURCE TARGET
  echo "| $1 | $2 | $3 | $4 |"
}

echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; medians of $runs runs"
echo
echo "| what | download | bin/knots | target |"
echo "| --- | ---: | ---: | --- |"
row "archive size" "$(mb "$(stat -c %s "$archive")")" "" "<= 45 MB"
row "unpacked runtime" "$(mb "$(du -sb "$work/knots-$version/runtime" | cut -f1)")" "" "<= 80 MB"
row "unpacked, all" "$(mb "$(du -sb "$work/knots-$version" | cut -f1)")" "" ""

: >"$work/help"
round=0
while [ $((round * 2)) -lt "$runs" ]; do
  hyperfine -N -w 1 -r 2 --export-json "$work/h.json" "$installed --help" "$source --help" >/dev/null 2>&1
  python3 - "$work/h.json" >>"$work/help" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for i, s in zip(r[0]["times"], r[1]["times"]):
    print(i * 1000, s * 1000)
PY
  round=$((round + 1))
done
row "knots --help, ms" "$(cut -d' ' -f1 "$work/help" | median)" "$(cut -d' ' -f2 "$work/help" | median)" \
  "download no slower"

marker='apply to you right now'
: >"$work/pty-installed"
: >"$work/pty-source"
i=0
while [ "$i" -lt "$runs" ]; do
  TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" $installed session --area calves \
    >>"$work/pty-installed"
  TERM=xterm-256color python3 "$root/bench/first_output.py" "$marker" $source session --area calves \
    >>"$work/pty-source"
  i=$((i + 1))
done
row "session --area calves, first question in a pseudo-terminal, ms" "$(median <"$work/pty-installed")" \
  "$(median <"$work/pty-source")" "download no slower"

{
  echo "name: Bench five"
  echo "area: calves"
  echo "steps:"
  echo "  - {name: Only step, kind: stretch, duration: 5s}"
} >"$work/r.yaml"
rss() { # peak RSS in MB of a 5 s plain countdown through launcher $1
  # shellcheck disable=SC2086 # the launcher is words
  /usr/bin/time -v -o "$work/time.txt" $1 session --plain --no-sound --answer none --answer pain=2 \
    --answer pain-after=2 --answer felt-warning-signs=no --file "$work/r.yaml" </dev/null >/dev/null
  awk '/Maximum resident/ { printf "%.1f MB", $NF / 1024 }' "$work/time.txt"
}
row "peak RSS of a 5 s plain countdown" "$(rss "$installed")" "$(rss "$source")" "download no higher"
