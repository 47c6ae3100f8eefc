#!/bin/sh
# Has JReleaser check jreleaser.yml (its `jreleaser:config` goal), as the dist profile's last step.
# JReleaser reads the Git repository it runs in and insists on an `origin` it can parse as a
# hosting service, which a linked worktree (JGit cannot read one) or a clone of a local folder
# lacks; so it runs in a scratch repository holding pom.xml and jreleaser.yml, whose origin is a
# placeholder under the reserved .invalid domain. Nothing is fetched, pushed or published.
# Usage: src/dist/jreleaser-config.sh MAVEN_HOME PROJECT_DIR
set -eu

mvn=$1/bin/mvn
project=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/knots-jreleaser.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$project/pom.xml" "$project/jreleaser.yml" "$work/"
git -C "$work" init -q
git -C "$work" add pom.xml jreleaser.yml
git -C "$work" -c user.name=knots -c user.email=knots@knots.invalid commit -q -m "jreleaser check"
git -C "$work" remote add origin https://knots.invalid/knots/knots.git
# the release is a plain Git one with nothing to upload; JReleaser still wants a token for it
if (cd "$work" && "$mvn" -B -q -Pdist jreleaser:config -Djreleaser.generic.token=unused) >"$work/log" 2>&1; then
  echo "jreleaser: jreleaser.yml is valid"
else
  grep -v '^\[INFO\]' "$work/log" >&2
  echo "jreleaser: jreleaser.yml is not valid (above)" >&2
  exit 1
fi
