#!/usr/bin/env bash
# Builds Cairn for macOS: Cairn.app and a .dmg, each with its own trimmed Java runtime.
# Usage: installer/build-macos.sh   (on a Mac, with JDK 17 and Maven; builds for the Mac's own architecture)
# Not run by CI (there is no Mac); README "Installers" lists what to check by hand. For distribution outside the
# organisation the app must also be signed and notarised (jpackage --mac-sign, --mac-signing-key-user-name).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
out=target/installer
version=$(unzip -p target/cairn.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
package_version=${MAC_APP_VERSION:-${version%-SNAPSHOT}}
if [[ "$package_version" == 0.* ]]; then
  # macOS bundle versions must start with 1 or more; jpackage refuses 0.x. Pre-1.0 builds say so explicitly.
  echo "macOS needs a version of 1.0 or more; run with MAC_APP_VERSION=1.0.0 (pom version is $version)" >&2
  exit 2
fi
rm -rf "$out"; mkdir -p "$out/input" "$out/icon"
cp target/cairn.jar target/lib/*.jar "$out/input/"
# JavaFX loads its .dylib files from its jars' own folder on macOS, so they go next to the jars, never to ~/.openjfx.
for jar in "$out"/input/javafx-*-mac*.jar; do unzip -q -o -j "$jar" '*.dylib' -d "$out/input/" || true; done
case "$(uname -m)" in arm64) arch=aarch64 ;; *) arch=x86_64 ;; esac
unzip -q -o -j "$out"/input/sqlite-jdbc-*.jar "org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib" -d "$out/input/"
java -Djava.awt.headless=true installer/IconMaker.java "$out/icon"
modules=$(grep -v '^#' installer/modules.txt | sed '/^$/d' | paste -sd, -)
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$out/runtime"
# The same checks as build-linux.sh: no network-capable modules, and only the security providers the runtime has.
for banned in java.net.http jdk.httpserver java.rmi java.naming jdk.naming.dns jdk.naming.rmi java.management.rmi \
    jdk.jdwp.agent jdk.jsobject; do
  if "$out/runtime/bin/java" --list-modules | grep -q "^$banned@"; then
    echo "the runtime must not contain $banned" >&2
    exit 1
  fi
done
java installer/SecurityProviders.java "$out/runtime"
# Class-data sharing: only jlink's archive of the JDK's classes. Cairn.app is dragged to any folder, and JDK 17
# ties an archive of Cairn's classes to the jars' absolute paths (ADR 0020).
jpackage --type app-image @installer/jpackage/common.txt @installer/jpackage/macos-image.txt \
  --app-version "$package_version" --input "$out/input" --runtime-image "$out/runtime" \
  --icon "$out/icon/cairn.icns" --dest "$out/image"
jpackage --type dmg @installer/jpackage/macos-dmg.txt --name Cairn --app-version "$package_version" \
  --app-image "$out/image/Cairn.app" --dest "$out"
ls -la "$out"/*.dmg
