#!/bin/sh
# The downloads as a user meets them: the archive unpacked into a temporary folder and
# run with a PATH that has no java and no JAVA_HOME, moved, reached through a symlink, with a
# damaged class-data archive; the Debian package's metadata and paths.
# Usage: src/dist/test.sh DIST_FOLDER VERSION   (run by `mvn -B -Pdist package`)
set -eu

dist=$(cd -- "$1" && pwd -P)
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-dist-test.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
passed=0
failed=0

ok() {
  passed=$((passed + 1))
  echo "ok - $1"
}
no() {
  failed=$((failed + 1))
  echo "NOT OK - $1"
  [ -f "$work/out" ] && sed 's/^/    /' "$work/out" | head -n 20
}
check() { # check WHAT COMMAND...: the command must succeed
  what=$1
  shift
  if "$@" >"$work/out" 2>&1; then ok "$what"; else no "$what"; fi
}
has() { # has WHAT TEXT: the last output contains TEXT
  if grep -qF -- "$2" "$work/out"; then ok "$1"; else no "$1 (no \"$2\")"; fi
}

# A PATH of every command this machine has except Java's.
mkdir -p "$work/path"
for d in /usr/local/bin /usr/bin /bin /usr/sbin /sbin; do
  for f in "$d"/*; do
    name=${f##*/}
    [ -e "$work/path/$name" ] && continue
    case $(readlink -f -- "$f") in */jvm/* | */java | */javac) continue ;; esac
    ln -s "$f" "$work/path/$name"
  done
done
user() { # user COMMAND...: runs as a user without Java, with a fresh home
  env -u JAVA_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_DATA_HOME \
    PATH="$work/path" HOME="$work/home" KNOTS_HOME="$work/home/knots" LANG=C.UTF-8 NO_COLOR=1 "$@"
}
cds=$work/home/knots/cache/cds
settle() { # waits for the class-data archive that a run started in the background
  i=0
  while [ -d "$cds/lock" ] && [ "$i" -lt 120 ]; do
    sleep 1
    i=$((i + 1))
  done
}
mkdir -p "$work/home"
if user sh -c 'command -v java' >/dev/null 2>&1; then no "the test PATH has no java"; else ok "the test PATH has no java"; fi

tar -C "$work" -xzf "$dist/knots-$version-linux-x64.tar.gz"
inst=$work/knots-$version
knots=$inst/bin/knots
# the install folder read-only, as under /usr/lib; nothing may be written there
chmod -R a-w "$inst"
touch "$work/before"
sleep 1

check "knots --version" user "$knots" --version
has "--version names $version" "knots $version"
check "knots --version --verbose" user "$knots" --version --verbose
has "the bundled runtime runs knots" "($inst/runtime)"
check "knots triage --answer none --answer pain=2" user "$knots" triage --answer none --answer pain=2
has "triage gives its outcome" "How soon:"

settle
check "the next run" user "$knots" --version --verbose
has "uses the class-data archive the first runs built, in the user's cache" "class-data archive: $cds/"

{
  echo "name: Ten seconds"
  echo "area: calves"
  echo "steps:"
  # no lead-in (it would add 5 s before each step): ten seconds of countdown
  echo "  - {name: First stretch, kind: stretch, duration: 5s, lead-in: 0s}"
  echo "  - {name: Second stretch, kind: stretch, duration: 5s, lead-in: 0s}"
} >"$work/ten.yaml"
start=$(date +%s)
check "a 10 s plain session" user "$knots" session --plain --no-sound --answer none --answer pain=2 \
  --answer pain-after=1 --answer felt-warning-signs=no --file "$work/ten.yaml"
took=$(($(date +%s) - start))
has "the session ran its second step" "Second stretch"
if [ "$took" -ge 10 ] && [ "$took" -le 20 ]; then ok "the session took ${took} s"; else no "the session took ${took} s"; fi

check "man -l on the page" user env MANPAGER=cat MANWIDTH=80 man -l "$inst/man/man1/knots.1"
has "the man page reads" "knots"
check "man -l on a command's page" user env MANPAGER=cat MANWIDTH=80 man -l "$inst/man/man1/knots-session.1"
has "the session page reads" "session"
if [ -z "$(find "$inst" -newer "$work/before" | head -n 1)" ]; then
  ok "nothing was written in the install folder"
else
  no "something was written in the install folder: $(find "$inst" -newer "$work/before" | head -n 3)"
fi

# Moved, and reached through a symlink on PATH: runs, and gets an archive of its own.
chmod u+w "$work"
mv "$inst" "$work/moved"
mkdir -p "$work/home/bin"
ln -s "$work/moved/bin/knots" "$work/home/bin/knots"
check "moved and through a symlink: knots --version" user "$work/home/bin/knots" --version
has "the moved install runs" "knots $version"
settle
check "moved: the next run" user "$work/home/bin/knots" --version --verbose
has "uses an archive built for the new folder" "class-data archive: $cds/knots-"
archive=$(find "$cds" -name '*_moved-*.jsa' | head -n 1)

# A damaged archive in the cache (cut short, as a full disk leaves it) is never a JVM crash.
if [ -n "$archive" ]; then
  head -c 65536 "$archive" >"$work/short" && cat "$work/short" >"$archive"
  check "a cut-short archive: knots still runs" user "$work/home/bin/knots" triage --answer none --answer pain=2
  has "and answers" "How soon:"
  settle
  check "the next run" user "$work/home/bin/knots" --version --verbose
  has "uses a rebuilt, whole archive" "class-data archive: $cds/"
else
  no "an archive to damage"
fi

# The Debian package.
deb=$dist/knots_${version}_amd64.deb
check "dpkg-deb --info" dpkg-deb --info "$deb"
has "package name" "Package: knots"
has "version" "Version: $version"
has "architecture" "Architecture: amd64"
if grep -iE '^ *Depends:.*(jdk|jre|java)' "$work/out" >/dev/null; then no "Depends names no JDK"; else ok "Depends names no JDK"; fi
check "dpkg-deb --contents" dpkg-deb --contents "$deb"
for path in ./usr/bin/knots ./usr/lib/knots/bin/knots ./usr/lib/knots/lib/knots.jar \
  ./usr/lib/knots/runtime/bin/java ./usr/lib/knots/runtime/lib/server/classes.jsa \
  ./usr/share/man/man1/knots.1.gz ./usr/share/man/man1/knots-session.1.gz \
  ./usr/share/bash-completion/completions/knots ./usr/share/doc/knots/copyright; do
  has "the package holds $path" " $path"
done
has "/usr/bin/knots links to the launcher" "./usr/bin/knots -> ../lib/knots/bin/knots"

echo "dist: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
