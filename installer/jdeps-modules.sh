#!/usr/bin/env bash
# Recomputes the JDK modules Cairn's jars need (slow: about 45 s) and checks installer/modules.txt against it.
# Usage: installer/jdeps-modules.sh   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path 'target/lib/*' \
  target/cairn.jar 2>/dev/null | tail -1)
echo "jdeps: $found"
listed=$(grep -v '^#' installer/modules.txt | sed '/^$/d')
excluded=$(grep -v '^#' installer/modules-excluded.txt | cut -f1 | sed '/^$/d')
status=0
for m in ${found//,/ }; do
  if ! grep -qx "$m" <<<"$listed" && ! grep -qx "$m" <<<"$excluded"; then
    echo "missing from installer/modules.txt: $m (add it, or explain in modules-excluded.txt why it is left out)"
    status=1
  fi
done
exit $status
