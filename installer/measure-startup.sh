#!/usr/bin/env bash
# Time from starting the packaged launcher to the first mapped Cairn window (the welcome screen), under Xvfb.
# Usage: xvfb-run -a installer/measure-startup.sh LAUNCHER [RUNS]   (needs xwininfo from x11-utils)
# Each run uses a fresh, empty data folder, as on a first start. Prints each run and the median in ms.
# Run it on a quiet machine: wall time on a loaded machine measures the other processes.
set -euo pipefail
launcher=$1 runs=${2:-5}
times=()
for run in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  CAIRN_HOME="$home/data" "$launcher" >"$home/out.txt" 2>&1 &
  pid=$!
  shown="" cpu=""
  for _ in $(seq 1 3000); do
    # The stage's window (WM_CLASS org.cairn.app.CairnApp), not GTK's hidden 10x10 group leader.
    id=$(xwininfo -root -tree 2>/dev/null | awk '/"Cairn".*CairnApp/ {print $1; exit}')
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      shown=$(( ($(date +%s%N) - start) / 1000000 ))
      # CPU time used so far (user + system), less sensitive than wall time to a busy machine.
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
      cpu=$(( ticks * 1000 / $(getconf CLK_TCK) ))
      break
    fi
    sleep 0.01
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
  [ -n "$shown" ] || { echo "run $run: no window within 30 s" >&2; exit 1; }
  echo "run $run: $shown ms to the window, $cpu ms of CPU"
  times+=("$shown")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms"}'
