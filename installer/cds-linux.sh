#!/usr/bin/env bash
# Adds an application class-data sharing archive (AppCDS) to a Linux app image: one training run that opens
# the welcome window under Xvfb, dumps the classes it loaded to lib/app/cairn.jsa, and points the launcher at it.
# Usage: installer/cds-linux.sh IMAGE_DIR   (needs xvfb-run and xwininfo; skipped with a message otherwise)
set -euo pipefail
image=$1
cfg="$image/lib/app/Cairn.cfg"
if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  echo "cds: xvfb-run or xwininfo missing, so the image has no AppCDS archive (it still works, starts slower)"
  exit 0
fi
cp "$cfg" "$cfg.orig"
echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/cairn.jsa' >>"$cfg"
home=$(mktemp -d)
# The training run: start, wait for the window, then end the JVM normally (SIGTERM runs the exit path).
CAIRN_HOME="$home/data" xvfb-run -a bash -c '
  "$1" >"$2/training.txt" 2>&1 & pid=$!
  for _ in $(seq 1 6000); do
    id=$(xwininfo -root -tree 2>/dev/null | awk "/\"Cairn\".*CairnApp/ {print \$1; exit}")
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then break; fi
    sleep 0.05
  done
  sleep 2
  kill -TERM $pid; wait $pid || true' _ "$image/bin/Cairn" "$home"
mv "$cfg.orig" "$cfg"
rm -rf "$home"
if [ -s "$image/lib/app/cairn.jsa" ]; then
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/cairn.jsa' >>"$cfg"
  echo "cds: archive $(du -h "$image/lib/app/cairn.jsa" | cut -f1)"
else
  echo "cds: the training run wrote no archive; the image has none" >&2
fi
