#!/usr/bin/env bash
# Builds the Linux app image and proves its runtime complete: the packaged launcher runs the command line on a
# temporary casebook, and (with Xvfb) opens its first window without unpacking JavaFX's libraries anywhere.
# Usage: installer/smoke-test.sh [--skip-maven]    (.ci/run passes --skip-maven after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${SMOKE_REUSE_IMAGE:-0}" = 1 ] || installer/build-linux.sh --app-image-only "$@"
image=target/installer/image/Cairn
launcher="$image/bin/Cairn"
work=$(mktemp -d)
trap 'rm -rf "$work" "$image/cairn-data"' EXIT
export CAIRN_HOME="$work/home"
pass="smoke test passphrase"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

step() { echo "+ cairn $*"; }
step create
printf '%s\n%s\n' "$pass" "$pass" | "$launcher" create --casebook "$work/new" >"$work/create.txt" \
  || fail "create: $(cat "$work/create.txt")"
grep -q "Recovery key" "$work/create.txt" || fail "create printed no recovery key"

step demo
printf '%s\n' "$pass" | "$launcher" demo --casebook "$work/demo" --cases 30 --seed 5 >"$work/demo.txt" \
  || fail "demo: $(cat "$work/demo.txt")"

step check
out=$(printf '%s\n' "$pass" | "$launcher" check --casebook "$work/demo") || fail "check: $out"
[[ "$out" == "ok: 30 cases,"* ]] || fail "check printed: $out"

step search
printf '%s\n' "$pass" | "$launcher" search --casebook "$work/demo" >"$work/search.txt" || fail "search"
[ "$(wc -l <"$work/search.txt")" -eq 30 ] || fail "search listed $(wc -l <"$work/search.txt") cases, not 30"

step stats
printf '%s\n' "$pass" | "$launcher" stats --casebook "$work/demo" --from 2026Q1 --to 2026Q2 --rule all-cases \
  --out "$work/counts" >"$work/stats.txt" || fail "stats: $(cat "$work/stats.txt")"
for f in counts.csv metadata.csv README.txt; do [ -s "$work/counts/$f" ] || fail "stats wrote no $f"; done

step backup and restore
printf '%s\n' "$pass" | "$launcher" backup --casebook "$work/demo" --to "$work/demo.cairnbak" >/dev/null || fail backup
printf '%s\n' "$pass" | "$launcher" restore --from "$work/demo.cairnbak" --casebook "$work/restored" >/dev/null \
  || fail restore
out=$(printf '%s\n' "$pass" | "$launcher" check --casebook "$work/restored") || fail "check restored: $out"
[[ "$out" == "ok: 30 cases,"* ]] || fail "restored check printed: $out"

step template list
"$launcher" template list | grep -q "safety-plan" || fail "template list shows no safety plan"

step letter
ref=$(head -1 "$work/search.txt" | cut -f1)
printf '%s\n' "$pass" | "$launcher" letter --casebook "$work/demo" --case "$ref" --template letter-info-mvdac \
  --recipient client --out "$work/letter.pdf" >"$work/letter.txt" 2>&1 || fail "letter: $(cat "$work/letter.txt")"
head -c 5 "$work/letter.pdf" | grep -q '%PDF-' || fail "letter wrote no PDF"

step "wrong passphrase (exit 3)"
set +e
printf 'not the passphrase\n' | "$launcher" check --casebook "$work/demo" >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 3 ] || fail "a wrong passphrase gave exit code $code, not 3"

if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  step "(app) first window, portable"
  # Portable mode: with cairn-data beside the image, JavaFX would unpack into cairn-data/cache/openjfx if it
  # could not load its libraries from the image. The folder must stay empty.
  mkdir -p "$image/cairn-data"
  unset CAIRN_HOME
  xvfb-run -a bash -c '
    "$1" >"$2/gui.txt" 2>&1 & pid=$!
    for _ in $(seq 1 1200); do
      id=$(xwininfo -root -tree 2>/dev/null | awk "/\"Cairn\".*CairnApp/ {print \$1; exit}")
      if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable \
          && grep -qs "first window shown" "$3/logs/cairn.log"; then kill $pid; wait $pid; exit 0; fi
      sleep 0.1
    done
    kill $pid; exit 1' _ "$launcher" "$work" "$image/cairn-data" || fail "the app showed no window: $(cat "$work/gui.txt")"
  unpacked=$( (find "$image/cairn-data/cache/openjfx" -type f 2>/dev/null || true) | wc -l)
  [ "$unpacked" -eq 0 ] || fail "JavaFX unpacked $unpacked files instead of loading them from the image"
  grep -q "first window shown" "$image/cairn-data/logs/cairn.log" || fail "no start-up line in cairn-data/logs"
else
  echo "skipped the window check: xvfb-run or xwininfo (x11-utils) is not installed"
fi
echo "smoke test passed: $(du -sh "$image" | cut -f1) image, runtime modules: $("$image/lib/runtime/bin/java" \
  --list-modules | cut -d@ -f1 | paste -sd' ' -)"
