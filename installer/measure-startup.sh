#!/usr/bin/env bash
# Time from starting the packaged launcher to the first mapped Cairn window (the welcome screen), under Xvfb.
# Usage: installer/measure-startup.sh LAUNCHER [RUNS]   (default 7 runs; needs xvfb-run and xwininfo from x11-utils)
#   LAUNCHER is target/installer/image/Cairn/bin/Cairn, or /opt/cairn/bin/Cairn once the .deb is installed.
# Each run uses a fresh, empty data folder, as on a first start, and its own Xvfb server. Prints each run, then the
# median and spread (min-max) of the wall time and of the CPU time (user + system, all threads) the process had used
# when its window appeared, and the load average before and after. On a busy machine the wall time mostly measures
# the other processes; the CPU time is the steadier figure.
set -euo pipefail
launcher=$1 runs=${2:-7}
command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null \
  || { echo "needs xvfb-run and xwininfo (apt-get install xvfb x11-utils)" >&2; exit 2; }
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 2; }

# One run inside its own X server: prints "WALL_MS CPU_MS" once the window is mapped, then stops the app.
one_run() {
  xvfb-run -a bash -c '
    launcher=$1 home=$(mktemp -d)
    start=$(date +%s%N)
    CAIRN_HOME="$home/data" "$launcher" >"$home/out.txt" 2>&1 & pid=$!
    for _ in $(seq 1 3000); do
      # The stage window (WM_CLASS org.cairn.app.CairnApp), not GTK'"'"'s hidden 10x10 group leader.
      id=$(xwininfo -root -tree 2>/dev/null | awk "/\"Cairn\".*CairnApp/ {print \$1; exit}")
      if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
        wall=$(( ($(date +%s%N) - start) / 1000000 ))
        ticks=$(awk "{print \$14 + \$15}" "/proc/$pid/stat")
        echo "$wall $(( ticks * 1000 / $(getconf CLK_TCK) ))"
        break
      fi
      sleep 0.01
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    rm -rf "$home"' _ "$launcher"
}

# Median and spread of a list of numbers: "median [min-max]".
summary() { sort -n | awk '{a[NR]=$1} END {printf "%d ms [%d-%d]", a[int((NR+1)/2)], a[1], a[NR]}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
walls=() cpus=()
for run in $(seq 1 "$runs"); do
  result=$(one_run)
  [ -n "$result" ] || { echo "run $run: no window within 30 s" >&2; exit 1; }
  read -r wall cpu <<<"$result"
  echo "run $run: $wall ms to the window, $cpu ms of CPU"
  walls+=("$wall") cpus+=("$cpu")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "wall to window: median $(printf '%s\n' "${walls[@]}" | summary) over $runs runs"
echo "CPU by then:    median $(printf '%s\n' "${cpus[@]}" | summary)"
echo "load average (1, 5, 15 min): $load_before before, $load_after after, on $(nproc) cores"
