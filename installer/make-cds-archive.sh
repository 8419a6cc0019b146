#!/bin/sh
# Dumps Cairn's class-data sharing archive (lib/app/cairn.jsa) for the folder Cairn is installed in (ADR 0020).
# Run by the .deb's postinst; JDK 17 ties the archive to the jars' absolute paths, so it is made where it is used.
# Usage: make-cds-archive.sh [APP_DIR]   (APP_DIR is lib/app of the installed image; default: this script's folder)
# Loads the classes named in cairn.classlist and runs none of Cairn's code, so the archive holds no data. If the
# dump fails, the archive already there (a copy of the runtime's own, for JDK classes only) stays, and Cairn starts
# as it would without one.
set -e
app=${1:-$(dirname "$0")}
app=$(cd "$app" && pwd)
[ -s "$app/cairn.classlist" ] || { echo "cairn: no class list, no class-data archive made" >&2; exit 0; }
# The launcher's class path, in the launcher's order (the archive only serves a class path that starts with it).
classpath=$(sed -n "s#^app.classpath=\\\$APPDIR#$app#p" "$app/Cairn.cfg" | paste -sd: -)
if "$app/../runtime/bin/java" -XX:-UsePerfData -Xshare:dump -XX:SharedClassListFile="$app/cairn.classlist" \
    -XX:SharedArchiveFile="$app/cairn.jsa.new" -cp "$classpath" >/dev/null 2>&1; then
  mv -f "$app/cairn.jsa.new" "$app/cairn.jsa"
else
  rm -f "$app/cairn.jsa.new"
  echo "cairn: could not make the class-data archive; Cairn will start more slowly" >&2
fi
