#!/bin/sh
# History at scale and under stress, for real: 10 years of daily sessions (3,650 rows, generated
# through the real store), then the time of `knots history` and `knots progress` beyond start-up
# (start-up = `knots --version`), then three concurrent writers, a kill -9 in the middle of a
# writer, and a corrupt database. Usage: bench/history.sh [RUNS]   (default 5 runs per timing)
set -eu
root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
runs=${1:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
jar=$root/target/knots.jar
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package)
gen() { java -cp "$jar" "$root/bench/GenerateHistory.java" "$@"; }
knots() { KNOTS_HOME=$work/home LANG=C.UTF-8 TERM=xterm java -jar "$jar" "$@"; }

ms() { date +%s%3N; }
best() { # best wall time in ms of $runs runs of the command
  b=
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(ms); "$@" >/dev/null; t1=$(ms)
    t=$((t1 - t0))
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    i=$((i + 1))
  done
  echo "$b"
}

echo "generating 3650 daily sessions..."
t0=$(ms); gen "$work/home/state" 3650; t1=$(ms)
echo "  generated in $((t1 - t0)) ms"
rows=$(knots history --format csv | tail -n +2 | grep -c '^session,')
echo "  sessions recorded: $rows"

base=$(best knots --version)
hist=$(best knots history)
prog=$(best knots progress)
json=$(best knots history --format json)
rep=$(best knots report)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') cores"
echo "best of $runs runs (ms): start-up $base | history $hist (+$((hist - base)))" \
  "| history --format json $json (+$((json - base))) | progress $prog (+$((prog - base)))" \
  "| report $rep (+$((rep - base)))"

echo "three concurrent writers of 200 sessions each..."
gen "$work/c/state" 200 & p1=$!
gen "$work/c/state" 200 & p2=$!
gen "$work/c/state" 200 & p3=$!
wait $p1 $p2 $p3
n=$(KNOTS_HOME=$work/c java -jar "$jar" history --format csv | tail -n +2 | grep -c '^session,')
echo "  sessions recorded: $n (expected 600)"
[ "$n" -eq 600 ]

echo "kill -9 in the middle of a writer..."
gen "$work/k/state" 3650 & victim=$!
# wait until the writer has recorded some sessions (the JVM compiles the generator first)
i=0
while [ "$i" -lt 60 ]; do
  sleep 1
  [ -f "$work/k/state/history.db-wal" ] && [ "$(wc -c <"$work/k/state/history.db-wal")" -gt 200000 ] && break
  i=$((i + 1))
done
kill -9 "$victim"
wait "$victim" 2>/dev/null || true
n=$(KNOTS_HOME=$work/k java -jar "$jar" history --format csv | tail -n +2 | grep -c '^session,')
lost=$(KNOTS_HOME=$work/k java -jar "$jar" history --format csv | grep -c 'ENDED_UNEXPECTEDLY' || true)
echo "  store readable after the kill: $n sessions kept, $lost marked ENDED_UNEXPECTEDLY (0 or 1)"

echo "a corrupt database..."
mkdir -p "$work/x/state"
head -c 8192 /dev/urandom >"$work/x/state/history.db"
set +e
KNOTS_HOME=$work/x java -jar "$jar" history 2>"$work/err"
code=$?
set -e
echo "  exit $code: $(cat "$work/err")"
[ "$code" -eq 1 ]
