#!/usr/bin/env bash
# Issue 15, item 4: edit latency in the real window. Opens SITE in the planner window (under Xvfb when there
# is no DISPLAY), performs mixed edits through the commands the mouse and menus use (add a camera, move a
# camera to another server, move a client to another zone, toggle SSL, delete a client, undo, redo) and
# times each from the edit to the first pulse on which the flows table, the Firewalls tab and the canvas all
# show the new state (com.valt.planner.bench.EditLatency, test sources). Target on the campus with zones:
# p95 <= 100 ms.
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once: the Java 25 runtime and jars of the package
#   bench/edit-latency.sh target/bench/campus-zoned.valt.json [EDITS [WARMUP]]   # default 63 edits, 14 warm-up
#   JAVA=java bench/edit-latency.sh SITE      # on the system JDK with the shaded jar instead
#   RUNS=5 bench/edit-latency.sh SITE         # five windows, one after another; the edits of all five pooled
#
# Runs on the app-image's own runtime and jars with its AOT cache (the test classes are appended to the
# class path, which the cache allows), so the window is the installed program's. Last line of each window:
#   edit latency p50 N ms p95 N ms over N edits
# and with RUNS > 1, last of all, each window's p95 and how many edits took over 100 ms, then the same last
# line over every window's measured edits (nearest rank, as each window computes its own):
#   R windows: p95 of each ... ms; N of M edits over 100 ms
#   edit latency p50 N ms p95 N ms over M edits
# Why pool: one window's p95 is its 60th-slowest of 63 edits, so four slow edits in a row (the JIT
# compiler's burst in the first ~20 s, docs/benchmarks.md) decide it; pooling estimates the same
# percentile from RUNS times the edits.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "edit-latency: $*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: bench/edit-latency.sh SITE [EDITS [WARMUP]]"
[ -f "$1" ] || die "no site file $1 (the zoned campus: java -cp target/test-classes:target/valt-planner.jar com.valt.planner.testing.SiteGenerator target/bench/campus-zoned.valt.json campus-zoned)"
[ -f target/test-classes/com/valt/planner/bench/EditLatency.class ] || die "compile the test classes first: mvn -B -ntp -o -q test-compile"
image=${IMAGE:-target/installer/image/valt-planner}
if [ -n "${JAVA:-}" ]; then
  [ -f target/valt-planner.jar ] || die "no target/valt-planner.jar: mvn -B -ntp -o -q -DskipTests package"
  cmd=("$JAVA" -cp target/test-classes:target/valt-planner.jar)
else
  [ -x "$image/lib/runtime/bin/java" ] || die "no app-image; build it: mvn -Pinstaller package -Dinstaller.types=app-image"
  cfg=$image/lib/app/valt-planner.cfg
  cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$image/lib/app|p" "$cfg" | paste -sd:)
  # The package's own JVM options (the cache refuses to load when they differ from the training run's), and
  # AOTMode=on, so that a cache that cannot be used stops the run instead of silently measuring without it.
  mapfile -t options < <(sed -n "s|^java-options=||p" "$cfg" | sed "s|\\\$APPDIR|$image/lib/app|g")
  cmd=("$image/lib/runtime/bin/java" "${options[@]}" -XX:AOTMode=on -cp "$cp:target/test-classes")
fi
# Keep the window's recent files and recovery drafts out of the user's home, and start with none: a draft
# left by an earlier run would be offered in a dialog that waits for an answer.
home=$PWD/target/bench/edit-latency-home
rm -rf "$home"
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run (apt-get install xvfb)"
  cmd=(xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}")
fi
runs=${RUNS:-1}
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number of windows, not '$runs'"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
for ((run = 1; run <= runs; run++)); do
  [ "$runs" -eq 1 ] || echo "window $run of $runs"
  "${cmd[@]}" com.valt.planner.bench.EditLatency "$@" | tee -a "$out" || status=$?
  [ $status -eq 0 ] || break
done
echo "machine after: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "$runs" -gt 1 ] && [ $status -eq 0 ]; then
  # Each measured edit's line reads "edit  N kind  T ms (result shown ...": pool the T of every window.
  each=$(sed -n 's/^edit latency p50 [0-9]* ms p95 \([0-9]*\) ms over.*/\1/p' "$out" | paste -sd, | sed 's/,/, /g')
  sed -n 's/^edit .* \([0-9][0-9]*\.[0-9]\) ms (result shown.*/\1/p' "$out" | sort -n | awk -v each="$each" -v runs="$runs" '
    { t[NR] = $1; if ($1 > 100) over++ }
    function rank(p,  r) { r = int(p / 100 * NR); if (r < p / 100 * NR) r++; if (r < 1) r = 1; return t[r] }
    END { printf "%d windows: p95 of each %s ms; %d of %d edits over 100 ms\n", runs, each, over, NR
          printf "edit latency p50 %.0f ms p95 %.0f ms over %d edits\n", rank(50), rank(95), NR }'
fi
exit $status
