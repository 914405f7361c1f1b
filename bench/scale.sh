#!/usr/bin/env bash
# Issue 15, item 6: time and peak memory of `flows`, `export` and the window's first frame through the
# installed launcher, on 1x and 4x the campus (SiteGenerator: 2,000/40/300/50 and 8,000/160/1,200/200
# cameras/media servers/clients/BEAM), plus the window on the campus with zones (issue 10: <= 2 s).
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once
#   bench/scale.sh                  # RUNS=3 runs of each; prints a table (medians) and the 4x/1x ratios
#   RUNS=5 SITES="campus campus4" bench/scale.sh
#
# Each run is one process under /usr/bin/time -v (wall time, "Maximum resident set size"). The window
# runs with -Dvalt.planner.timing=true (ui Timing: "first frame with N devices", "N flows shown", ms after
# JVM start) under Xvfb when there is no display; it is stopped (SIGTERM, by its process id) once the
# flows are shown, so its peak memory is that of the opened plan. Site files are written to target/bench
# by SiteGenerator if missing. Every run's figures are kept in target/bench/scale-runs.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SITES=${SITES:-campus campus4 campus-zoned}
OUT=target/bench
LAUNCHER=${LAUNCHER:-target/installer/image/valt-planner/bin/valt-planner}
die() { echo "scale: $*" >&2; exit 1; }
[ -x "$LAUNCHER" ] || die "no launcher $LAUNCHER; build it: mvn -Pinstaller package -Dinstaller.types=app-image"
[ -x /usr/bin/time ] || die "needs /usr/bin/time (apt-get install time)"
if [ -z "${DISPLAY:-}" ] && [ -z "${SCALE_UNDER_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run (apt-get install xvfb)"
  SCALE_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
mkdir -p "$OUT"
site_file() {
  local f=$OUT/$1.valt.json
  if [ ! -f "$f" ]; then
    local args
    case $1 in
      campus) args=campus ;;
      campus-zoned) args=campus-zoned ;;
      campus4) args="8000 160 1200 200" ;;
      campus4-zoned) args="8000 160 1200 200 --zoned" ;;
      *) die "unknown site $1 (campus, campus-zoned, campus4, campus4-zoned)" ;;
    esac
    [ -d target/test-classes/com/valt/planner/testing ] || mvn -B -ntp -q -DskipTests test-compile
    [ -f target/valt-planner.jar ] || mvn -B -ntp -q -DskipTests package
    java -cp "target/test-classes:target/valt-planner.jar" com.valt.planner.testing.SiteGenerator "$f" $args >&2
  fi
  echo "$f"
}
rm -rf "$OUT/scale-home" # no recent files or drafts in ~, none from an earlier run (a draft is offered in a dialog)
export XDG_CONFIG_HOME=$PWD/$OUT/scale-home/config XDG_DATA_HOME=$PWD/$OUT/scale-home/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs_file=$OUT/scale-runs.txt
: >"$runs_file"

# wall seconds and max RSS (KB) of the last /usr/bin/time -v report in $1
timed() { python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", t)
wall = (int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
print(f"{wall*1000:.0f} {rss}")
PY
}

window_run() { # $1 site file -> "first_frame_ms flows_shown_ms rss_kb"
  local err=$tmp/window.err
  : >"$err"
  /usr/bin/time -v -o "$tmp/time.txt" env JAVA_TOOL_OPTIONS=-Dvalt.planner.timing=true "$LAUNCHER" "$1" \
    >/dev/null 2>"$err" &
  local timer=$! waited=0 pid
  while ! grep -q "flows shown" "$err"; do
    sleep 0.2
    waited=$((waited + 1))
    if [ $waited -gt 1500 ] || ! kill -0 $timer 2>/dev/null; then
      cat "$err" >&2
      die "the window did not show the flows of $1 within 300 s"
    fi
  done
  pid=$(pgrep -P $timer) || die "cannot find the window's process"
  kill "$pid"
  wait $timer || true
  local ff fl
  ff=$(sed -n 's/.*timing: first frame with [0-9]* devices \([0-9]*\) ms.*/\1/p' "$err" | head -1)
  fl=$(sed -n 's/.*timing: [0-9]* flows shown \([0-9]*\) ms.*/\1/p' "$err" | head -1)
  echo "$ff $fl $(timed "$tmp/time.txt" | cut -d' ' -f2)"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); launcher $LAUNCHER; $RUNS runs each"
for name in $SITES; do
  f=$(site_file "$name")
  flows=$(( $("$LAUNCHER" flows "$f" | wc -l) - 1 ))
  devices=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['devices']))" "$f")
  for i in $(seq "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$tmp/time.txt" "$LAUNCHER" flows "$f" >/dev/null
    echo "$name $devices $flows flows $(timed "$tmp/time.txt") $load" >>"$runs_file"
    rm -rf "$tmp/export"
    /usr/bin/time -v -o "$tmp/time.txt" "$LAUNCHER" export "$f" --out "$tmp/export" >/dev/null
    echo "$name $devices $flows export $(timed "$tmp/time.txt") $load" >>"$runs_file"
    read -r ff fl rss < <(window_run "$f")
    echo "$name $devices $flows window $ff $rss $load $fl" >>"$runs_file"
  done
done
echo "machine after: load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$runs_file" <<'PY'
import statistics, sys
from collections import defaultdict
runs = defaultdict(list)
meta = {}
for line in open(sys.argv[1]):
    p = line.split()
    site, devices, flows, what = p[0], int(p[1]), int(p[2]), p[3]
    meta[site] = (devices, flows)
    runs[(site, what)].append([float(x) for x in p[4:]])
def med(site, what, i):
    return statistics.median(r[i] for r in runs[(site, what)])
print(f"{'site':<14}{'devices':>8}{'flows':>9}  {'flows ms':>9}{'MB':>6}  {'export ms':>10}{'MB':>6}"
      f"  {'1st frame ms':>13}{'flows shown ms':>15}{'MB':>6}  load")
for site, (devices, flows) in meta.items():
    loads = [r[2] for w in ("flows", "export", "window") for r in runs[(site, w)]]
    print(f"{site:<14}{devices:>8,}{flows:>9,}  {med(site,'flows',0):>9,.0f}{med(site,'flows',1)/1024:>6.0f}"
          f"  {med(site,'export',0):>10,.0f}{med(site,'export',1)/1024:>6.0f}"
          f"  {med(site,'window',0):>13,.0f}{med(site,'window',3):>15,.0f}{med(site,'window',1)/1024:>6.0f}"
          f"  {min(loads):.1f}-{max(loads):.1f}")
for small, big in (("campus", "campus4"), ("campus-zoned", "campus4-zoned")):
    if small in meta and big in meta:
        f = meta[big][1] / meta[small][1]
        print(f"{big}/{small}: flows x{f:.1f}, devices x{meta[big][0]/meta[small][0]:.1f};"
              + "".join(f" {w} time x{med(big,w,0)/med(small,w,0):.1f} memory x{med(big,w,1)/med(small,w,1):.1f};"
                        for w in ("flows", "export", "window"))
              + f" flows shown x{med(big,'window',3)/med(small,'window',3):.1f}")
PY
