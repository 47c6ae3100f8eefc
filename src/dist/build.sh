#!/bin/sh
# Builds the downloads that need no JDK or Maven from the shaded jar, into target/dist/:
#   knots-VERSION-linux-x64.tar.gz  a knots-VERSION/ folder: bin/knots (the same launcher as the
#                                   repository's, which finds runtime/ and lib/ beside it), a jlink'd
#                                   runtime, the jar, man pages, bash and zsh completion, README, LICENSE
#   knots_VERSION_amd64.deb         the same tree under /usr/lib/knots, made by dpkg-deb
#   knots-VERSION.jar, jbang-catalog.json   for people who run Java tools through jbang
# Run by the dist profile of pom.xml: build.sh JAVA_HOME VERSION PROJECT_DIR
set -eu

java_home=$1
version=$2
project=$3
target=$project/target
dist=$target/dist
name=knots-$version
tree=$dist/work/$name

fail() {
  printf 'knots dist: %s\n' "$1" >&2
  exit 1
}

[ -f "$target/knots.jar" ] || fail "target/knots.jar is missing: run 'mvn -B -Pdist package'."
rm -rf "$dist"
mkdir -p "$tree/bin" "$tree/lib" "$tree/man/man1" "$tree/completion"

# The modules jdeps finds, less java.desktop: only Jackson's optional java.beans support names it
# (Jackson runs without it), and it would bring AWT and its X11 libraries. Plus jdk.unsupported,
# which jdeps cannot see: JLine reaches sun.misc.Signal by reflection (window size, Ctrl-C).
modules=$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  "$target/knots.jar")
modules=$(printf '%s' "$modules" | tr ',' '\n' | grep -vx 'java.desktop' | tr '\n' ',')jdk.unsupported
echo "knots dist: runtime modules $modules"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --generate-cds-archive --output "$tree/runtime" >/dev/null
# Native symbols go too, as Debian strips its packages, where binutils' strip is at hand
# (libjvm.so alone sheds several MB; the dynamic symbols the JVM needs stay).
if command -v strip >/dev/null 2>&1; then
  for elf in "$tree"/runtime/bin/* "$tree"/runtime/lib/*.so "$tree"/runtime/lib/server/*.so \
    "$tree/runtime/lib/jspawnhelper" "$tree/runtime/lib/jexec"; do
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$elf"
  done
fi
# bin/knots keys its class-data archive by the runtime's build, which jlink leaves out of release
build=$(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$java_home/release")
[ -n "$build" ] || build=\"$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java\.runtime\.version = //p')\"
echo "JAVA_RUNTIME_VERSION=$build" >>"$tree/runtime/release"
# bin/knots always runs with a heap far below 32 GB, so the archive for uncompressed oops is dead
# weight, and so is keytool
rm -f "$tree/runtime/lib/server/classes_nocoops.jsa" "$tree/runtime/bin/keytool"

cp "$project/bin/knots" "$tree/bin/knots"
cp "$target/knots.jar" "$tree/lib/knots.jar"
cp "$target"/classes/dev/knots/man/*.1 "$tree/man/man1/"
cp "$project/README.md" "$project/LICENSE" "$tree/"
"$tree/runtime/bin/java" -jar "$tree/lib/knots.jar" completion bash >"$tree/completion/knots.bash"
"$tree/runtime/bin/java" -jar "$tree/lib/knots.jar" completion zsh >"$tree/completion/knots.zsh"
find "$tree" -type d -exec chmod 755 {} +
find "$tree" -type f -exec chmod 644 {} +
chmod 755 "$tree/bin/knots" "$tree/runtime/bin/java" "$tree/runtime/lib/jspawnhelper" \
  "$tree/runtime/lib/jexec"

tar -C "$dist/work" --owner=0 --group=0 --numeric-owner --sort=name -czf \
  "$dist/$name-linux-x64.tar.gz" "$name"

# The Debian package: the same tree under /usr/lib/knots, the command, man pages and completion
# where Debian keeps them. No maintainer scripts: nothing to do at install or removal (the user's
# class-data archive lives in their own cache).
deb=$dist/work/deb
mkdir -p "$deb/DEBIAN" "$deb/usr/lib/knots" "$deb/usr/bin" "$deb/usr/share/man/man1" \
  "$deb/usr/share/bash-completion/completions" "$deb/usr/share/doc/knots"
cp -R "$tree/bin" "$tree/lib" "$tree/runtime" "$deb/usr/lib/knots/"
mkdir -p "$deb/usr/lib/knots/completion"
cp "$tree/completion/knots.zsh" "$deb/usr/lib/knots/completion/"
ln -s ../lib/knots/bin/knots "$deb/usr/bin/knots"
for page in "$tree"/man/man1/*.1; do
  gzip -9n <"$page" >"$deb/usr/share/man/man1/${page##*/}.gz"
done
# (sourced by bash-completion, so no #! line)
sed '1{/^#!/d}' "$tree/completion/knots.bash" >"$deb/usr/share/bash-completion/completions/knots"
mkdir -p "$deb/usr/share/lintian/overrides"
cp "$project/src/dist/deb/lintian-overrides" "$deb/usr/share/lintian/overrides/knots"
gzip -9n <"$project/README.md" >"$deb/usr/share/doc/knots/README.md.gz"
sed "s/@VERSION@/$version/g" "$project/src/dist/deb/copyright" >"$deb/usr/share/doc/knots/copyright"
date=$(date -R -u -d "@$(stat -c %Y "$target/knots.jar")")
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$date/" "$project/src/dist/deb/changelog" |
  gzip -9n >"$deb/usr/share/doc/knots/changelog.gz"
find "$deb/usr" -type d -exec chmod 755 {} +
find "$deb/usr" -type f ! -perm -u+x -exec chmod 644 {} +
(cd "$deb" && find usr -type f -exec md5sum {} + | sort -k2) >"$deb/DEBIAN/md5sums"
size=$(du -sk "$deb/usr" | cut -f1)
sed -e "s/@VERSION@/$version/g" -e "s/@SIZE@/$size/" "$project/src/dist/deb/control" \
  >"$deb/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz --build "$deb" "$dist/knots_${version}_amd64.deb" >/dev/null

# jbang: the catalog's alias runs the jar beside it, with the launcher's JVM flags
cp "$target/knots.jar" "$dist/$name.jar"
sed "s/@VERSION@/$version/g" "$project/src/dist/jbang-catalog.json" >"$dist/jbang-catalog.json"

rm -rf "$dist/work"
ls -l "$dist"
