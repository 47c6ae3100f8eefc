#!/bin/sh
# Times `knots routines validate DIR` on 100, 1,000 and 10,000 valid routine files, each run a
# cold process (as a user or a CI job runs it), and prints files/second.
# Target: 10,000 files in under 1 second, cost growing linearly.
# Usage: bench/routines.sh [COUNT...]   (default: 100 1000 10000)
#        bench/routines.sh --generate DIR COUNT   only writes the files
# BENCH_JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/routines.sh   tries JVM flags (JAVA_TOOL_OPTIONS).
# Timings are wall clock: on a busy machine they are slower; the load average is printed at the end.
set -eu

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
knots=$root/bin/knots
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
export KNOTS_HOME="$work/home"

# build once, and the class-data archive that every run after a user's first has, outside the
# timings (not needed to only generate)
[ "${1:-}" = --generate ] || KNOTS_CDS=wait "$knots" --version >/dev/null
if [ -n "${BENCH_JAVA_OPTS:-}" ]; then
  export JAVA_TOOL_OPTIONS="$BENCH_JAVA_OPTS"
fi

now_ms() {
  # GNU date has %N; elsewhere fall back to python3
  t=$(date +%s%N 2>/dev/null)
  case $t in
    *N) python3 -c 'import time; print(int(time.time() * 1000))' ;;
    *) echo $((t / 1000000)) ;;
  esac
}

generate() {
  dir=$1
  count=$2
  mkdir -p "$dir"
  i=1
  while [ "$i" -le "$count" ]; do
    printf '%s\n' \
      "# yaml-language-server: \$schema=../schema/routine.schema.json" \
      "name: Generated routine $i" \
      "area: calves" \
      "summary: Roller, thumb and stretch for the calves." \
      "equipment: [foam-roller]" \
      "cautions:" \
      "  - Discomfort is fine; sharp pain means stop." \
      "sources:" \
      "  - \"NHS: Deep vein thrombosis - https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/\"" \
      "steps:" \
      "  - name: Calves on the roller" \
      "    kind: foam-roll" \
      "    target: gastrocnemius" \
      "    sides: both" \
      "    duration: 1m15s" \
      "    passes: 8" \
      "    pressure: moderate" \
      "    cue: Roll slowly from below the knee to above the ankle." \
      "  - name: Thumb on the knot" \
      "    kind: thumb-massage" \
      "    sides: both" \
      "    duration: 1:00" \
      "    cue: Press and hold a tender spot for 20-30 seconds." \
      "  - name: Wall calf stretch" \
      "    kind: stretch" \
      "    sides: both" \
      "    duration: 45s" >"$dir/generated-$i.yaml"
    i=$((i + 1))
  done
}

# bench/routines.sh --generate DIR COUNT: only write the files (bench/run.sh times them itself)
if [ "${1:-}" = --generate ]; then
  generate "$2" "$3"
  exit 0
fi

printf '%8s  %8s  %12s\n' files ms files/s
for count in ${@:-100 1000 10000}; do
  dir=$work/routines-$count
  generate "$dir" "$count"
  start=$(now_ms)
  if ! "$knots" routines validate "$dir" >"$work/out.txt" 2>&1; then
    cat "$work/out.txt" >&2
    echo "bench: validation failed for $count files" >&2
    exit 1
  fi
  end=$(now_ms)
  ms=$((end - start))
  [ "$ms" -gt 0 ] || ms=1
  printf '%8d  %8d  %12d\n' "$count" "$ms" $((count * 1000 / ms))
done
if [ -r /proc/loadavg ]; then
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') CPUs"
fi
