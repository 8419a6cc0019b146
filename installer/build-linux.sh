#!/usr/bin/env bash
# Builds Cairn for Linux: a self-contained app image (target/installer/image/Cairn) and a .deb
# (target/installer/cairn_VERSION-1_ARCH.deb), each with its own trimmed Java runtime.
#
# Usage: installer/build-linux.sh [--skip-maven] [--app-image-only] [--cds-in-place]
#   --skip-maven      use the existing target/cairn.jar and target/lib (CI builds them just before)
#   --app-image-only  stop after the app image (the smoke test needs no .deb)
#   --cds-in-place    also give the app image the class-data archive the .deb makes on installation, for the
#                     image where it is now (for measuring; it stops working once the image moves)
# Needs: JDK 17+ (jlink, jpackage), unzip; for the .deb also fakeroot and dpkg-deb, and xvfb-run and xwininfo for
# its class list (without them the .deb has no class-data archive of Cairn's classes and starts more slowly).
# Class-data sharing (ADR 0020): the runtime carries jlink's archive of the JDK's own classes, which works wherever
# it is installed. The .deb also carries a class list from a training run, and its postinst dumps an archive of
# the app's classes for the installed paths; JDK 17 cannot use such an archive once its jars have moved.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=0 image_only=0 cds_in_place=0
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=1 ;;
    --app-image-only) image_only=1 ;;
    --cds-in-place) cds_in_place=1 ;;
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
# Only the security providers the runtime has; a missing one made the JDK construct Bouncy Castle's at start.
java installer/SecurityProviders.java "$out/runtime"

jpackage --type app-image @installer/jpackage/common.txt @installer/jpackage/linux-image.txt \
  --app-version "$package_version" --input "$out/input" --runtime-image "$out/runtime" \
  --icon "$out/icon/cairn.png" --dest "$out/image"
image="$out/image/Cairn"


# Adds what the installed app needs for its class-data archive: the class list, the script that dumps the archive,
# a stand-in archive (the runtime's own, for JDK classes) that the dump replaces, and the launcher option.
add_cds() {
  local app="$1/lib/app"
  cp "$out/cairn.classlist" "$app/cairn.classlist"
  install -m 755 installer/make-cds-archive.sh "$app/make-cds-archive.sh"
  cp "$1/lib/runtime/lib/server/classes.jsa" "$app/cairn.jsa"
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/cairn.jsa' >>"$app/Cairn.cfg"
}
classlist=0
if [ "$image_only" -eq 0 ] || [ "$cds_in_place" -eq 1 ]; then
  if installer/training-run-linux.sh "$image" "$out/cairn.classlist"; then
    classlist=1
  else
    echo "no class list, so no class-data archive of Cairn's classes (the app works, starts more slowly)" >&2
  fi
fi
if [ "$cds_in_place" -eq 1 ] && [ "$classlist" -eq 1 ]; then
  add_cds "$image"
  sh "$image/lib/app/make-cds-archive.sh"
  echo "class-data archive for this image where it is: $(du -h "$image/lib/app/cairn.jsa" | cut -f1)"
fi

echo "app image: $image ($(du -sh "$image" | cut -f1))"
[ "$image_only" -eq 1 ] && exit 0

# The .deb is made from a copy of the image with the class-data files; its postinst dumps the archive.
deb_image="$out/deb-image/Cairn"
rm -rf "$out/deb-image"
mkdir -p "$out/deb-image"
cp -a "$image" "$deb_image"
if [ "$cds_in_place" -eq 1 ]; then
  # The copy already has the class-data files; its archive only fits this folder, so start from the stand-in.
  cp "$deb_image/lib/runtime/lib/server/classes.jsa" "$deb_image/lib/app/cairn.jsa"
elif [ "$classlist" -eq 1 ]; then
  add_cds "$deb_image"
fi
jpackage --type deb @installer/jpackage/linux-deb.txt --name Cairn --app-version "$package_version" \
  --description "Offline, encrypted casebook for advocates supporting survivors of domestic abuse" \
  --vendor "Cairn project" --app-image "$deb_image" --resource-dir installer/jpackage/linux-resources --dest "$out"
ls -la "$out"/*.deb
