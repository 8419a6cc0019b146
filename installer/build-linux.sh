#!/usr/bin/env bash
# Builds Cairn for Linux: a self-contained app image (target/installer/image/Cairn) and a .deb
# (target/installer/cairn_VERSION-1_ARCH.deb), each with its own trimmed Java runtime.
#
# Usage: installer/build-linux.sh [--skip-maven] [--app-image-only] [--app-cds]
#   --skip-maven      use the existing target/cairn.jar and target/lib (CI builds them just before)
#   --app-image-only  stop after the app image (the smoke test needs no .deb)
#   --app-cds         add an AppCDS archive of the app's classes (needs Xvfb). Only for an image that stays where
#                     it was built: JDK 17 ties the archive to absolute jar paths (see docs/benchmarks.md).
# Needs: JDK 17+ (jlink, jpackage), unzip; for the .deb also fakeroot and dpkg-deb.
# The runtime always carries jlink's CDS archive of the JDK's own classes, which works wherever it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=0 image_only=0 cds=0
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=1 ;;
    --app-image-only) image_only=1 ;;
    --app-cds) cds=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$skip_maven" -eq 0 ]; then
  mvn -B -q package -DskipTests
fi

out=target/installer
version=$(unzip -p target/cairn.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
# Package managers need a plain number: 0.1.0-SNAPSHOT becomes 0.1.0.
package_version=${version%-SNAPSHOT}
echo "Cairn $version (package version $package_version)"

rm -rf "$out"
mkdir -p "$out/input" "$out/icon"
cp target/cairn.jar target/lib/*.jar "$out/input/"

# JavaFX's native libraries go next to its jars. JavaFX 21 loads them from the jar's own folder on Linux and
# macOS, so it never unpacks them to ~/.openjfx/cache on the user's computer.
for jar in "$out"/input/javafx-*-linux.jar; do
  unzip -q -o -j "$jar" '*.so' -d "$out/input/" 2>/dev/null || true
done
# SQLite's native library too; the launcher points org.sqlite.lib.path at it, so it is not unpacked to /tmp.
case "$(uname -m)" in
  x86_64|amd64) sqlite_arch=x86_64 ;;
  aarch64|arm64) sqlite_arch=aarch64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
unzip -q -o -j "$out"/input/sqlite-jdbc-*.jar "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" -d "$out/input/"

java -Djava.awt.headless=true installer/IconMaker.java "$out/icon"

# The runtime: only the modules in installer/modules.txt, with a CDS archive of the JDK's own classes.
modules=$(grep -v '^#' installer/modules.txt | sed '/^$/d' | paste -sd, -)
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$out/runtime"
for banned in java.net.http jdk.httpserver java.rmi java.naming jdk.naming.dns jdk.naming.rmi java.management.rmi \
    jdk.jdwp.agent jdk.jsobject; do
  if "$out/runtime/bin/java" --list-modules | grep -q "^$banned@"; then
    echo "the runtime must not contain $banned" >&2
    exit 1
  fi
done

jpackage --type app-image @installer/jpackage/common.txt @installer/jpackage/linux-image.txt \
  --app-version "$package_version" --input "$out/input" --runtime-image "$out/runtime" \
  --icon "$out/icon/cairn.png" --dest "$out/image"
image="$out/image/Cairn"

if [ "$cds" -eq 1 ]; then
  installer/cds-linux.sh "$image"
fi

echo "app image: $image ($(du -sh "$image" | cut -f1))"
[ "$image_only" -eq 1 ] && exit 0

jpackage --type deb @installer/jpackage/linux-deb.txt --name Cairn --app-version "$package_version" \
  --description "Offline, encrypted casebook for advocates supporting survivors of domestic abuse" \
  --vendor "Cairn project" --app-image "$image" --dest "$out"
ls -la "$out"/*.deb
