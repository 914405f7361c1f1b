#!/usr/bin/env bash
# Issue 15, item 3: `export` through the installed launcher on the campus with zones and two firewalls
# (SiteGenerator.campusZoned(): 2,391 devices, 42,846 flows, an edge FortiGate and a core nftables
# firewall) against `flows` of the same site, both in ONE hyperfine run.
# Target: export median <= 3 x flows median.
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once: the app-image with its runtime and cache
#   bench/export-vs-flows.sh                                # app-image launcher
#   LAUNCHER=/opt/valt-planner/bin/valt-planner bench/export-vs-flows.sh   # the .deb's installed launcher
#   RUNS=20 WARMUP=3 SITE=other.valt.json bench/export-vs-flows.sh
#
# Needs hyperfine and python3. Writes target/bench/export-vs-flows.{json,txt}; prints the medians, the
# ratio (wall and CPU) and the machine's load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
OUT=target/bench
LAUNCHER=${LAUNCHER:-target/installer/image/valt-planner/bin/valt-planner}
mkdir -p "$OUT"
die() { echo "export-vs-flows: $*" >&2; exit 1; }
[ -x "$LAUNCHER" ] || die "no launcher $LAUNCHER; build it: mvn -Pinstaller package -Dinstaller.types=app-image"
command -v hyperfine >/dev/null || die "needs hyperfine (apt-get install hyperfine)"

SITE=${SITE:-$OUT/campus-zoned.valt.json}
if [ ! -f "$SITE" ]; then
  [ -d target/test-classes/com/valt/planner/testing ] || mvn -B -ntp -q -DskipTests test-compile
  [ -f target/valt-planner.jar ] || mvn -B -ntp -q -DskipTests package
  java -cp "target/test-classes:target/valt-planner.jar" com.valt.planner.testing.SiteGenerator "$SITE" campus-zoned
fi
EXPORT_DIR=$OUT/export-vs-flows.out
rm -rf "$EXPORT_DIR"
"$LAUNCHER" export "$SITE" --out "$EXPORT_DIR" >/dev/null || die "export failed"
echo "export writes $(ls "$EXPORT_DIR" | wc -l) files, $(du -sb "$EXPORT_DIR" | cut -f1) bytes: $(ls "$EXPORT_DIR" | paste -sd' ')"
echo "flows writes $("$LAUNCHER" flows "$SITE" | wc -l) lines"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "machine: $(nproc) cores, load average $load_before; launcher $LAUNCHER; site $SITE"
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --output=null --export-json "$OUT/export-vs-flows.json" \
  "$LAUNCHER flows $SITE" \
  "$LAUNCHER export $SITE --out $EXPORT_DIR" | tee "$OUT/export-vs-flows.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$OUT/export-vs-flows.json" "$load_before" "$load_after" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for x in r:
    print(f"  {x['command']:<80} median {x['median']*1000:6.0f} ms  mean {x['mean']*1000:6.0f}  min {x['min']*1000:5.0f}"
          f"  max {x['max']*1000:5.0f}  user {x['user']*1000:5.0f}  sys {x['system']*1000:4.0f}")
flows, export = [x for x in r if " flows " in x["command"]][0], [x for x in r if " export " in x["command"]][0]
print(f"ratio export/flows (medians): {export['median']/flows['median']:.2f}"
      f"   (CPU user+sys: {(export['user']+export['system'])/(flows['user']+flows['system']):.2f});"
      f" load average before {sys.argv[2]}, after {sys.argv[3]}")
PY
