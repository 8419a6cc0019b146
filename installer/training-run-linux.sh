#!/usr/bin/env bash
# Writes the class list for Cairn's class-data sharing archive (ADR 0020): one run of the app image that opens the
# welcome window under Xvfb with an empty data folder, recording the names of the classes it loaded.
# Usage: installer/training-run-linux.sh IMAGE_DIR CLASSLIST   (needs xvfb-run and xwininfo; exits 3 without them)
# The list holds class names only (the JDK's, JavaFX's, the libraries' and Cairn's), never data.
set -euo pipefail
image=$(cd "$1" && pwd) classlist=$2
if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  echo "training run: xvfb-run or xwininfo (x11-utils) is missing" >&2
  exit 3
fi
cfg="$image/lib/app/Cairn.cfg"
cp "$cfg" "$cfg.orig"
trap 'mv "$cfg.orig" "$cfg"; rm -rf "$work"' EXIT
work=$(mktemp -d)
echo "java-options=-XX:DumpLoadedClassList=$work/classlist" >>"$cfg"
# Start, wait for the window, give it two seconds to settle, then end the JVM normally.
CAIRN_HOME="$work/data" xvfb-run -a bash -c '
  "$1" >"$2/training.txt" 2>&1 & pid=$!
  for _ in $(seq 1 1200); do
    id=$(xwininfo -root -tree 2>/dev/null | awk "/\"Cairn\".*CairnApp/ {print \$1; exit}")
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      sleep 2; kill -TERM $pid; wait $pid || true; exit 0
    fi
    sleep 0.05
  done
  kill $pid; exit 1' _ "$image/bin/Cairn" "$work" || { echo "training run: no window" >&2; exit 1; }
[ -s "$work/classlist" ] || { echo "training run: no class list written" >&2; exit 1; }
cp "$work/classlist" "$classlist"
echo "training run: $(grep -vc '^#' "$classlist") classes listed"
