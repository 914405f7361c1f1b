#!/usr/bin/env bash
# Issue 15, item 2: `flows` through the installed launcher vs an independent Python script
# (bench/flows.py) on the campus (2,391 devices, 42,846 flows), both in ONE hyperfine run.
# Target: launcher median <= Python median (ratio <= 1.00).
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once: the app-image with its runtime and cache
#   bench/flows-vs-python.sh                                # app-image launcher
#   LAUNCHER=/opt/valt-planner/bin/valt-planner bench/flows-vs-python.sh   # the .deb's installed launcher
#   RUNS=30 WARMUP=5 SITE=other.valt.json bench/flows-vs-python.sh
#
# First checks that both print the same bytes (three samples and the campus), then times them.
# Needs hyperfine and python3. Writes target/bench/flows-vs-python.{json,txt}; prints the medians,
# the ratio and the machine's load average before and after (a busy machine makes both slower).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
OUT=target/bench
LAUNCHER=${LAUNCHER:-target/installer/image/valt-planner/bin/valt-planner}
PY=${PYTHON:-python3}
mkdir -p "$OUT"
die() { echo "flows-vs-python: $*" >&2; exit 1; }
[ -x "$LAUNCHER" ] || die "no launcher $LAUNCHER; build it: mvn -Pinstaller package -Dinstaller.types=app-image"
command -v hyperfine >/dev/null || die "needs hyperfine (apt-get install hyperfine)"

SITE=${SITE:-$OUT/campus.valt.json}
if [ ! -f "$SITE" ]; then # the seeded campus of the JMH benchmarks and bench/end-to-end.sh
  [ -d target/test-classes/com/valt/planner/testing ] || mvn -B -ntp -q -DskipTests test-compile
  [ -f target/valt-planner.jar ] || mvn -B -ntp -q -DskipTests package
  java -cp "target/test-classes:target/valt-planner.jar" com.valt.planner.testing.SiteGenerator "$SITE" campus
fi

for s in samples/clinic.valt.json samples/police-interview.valt.json samples/university.valt.json "$SITE"; do
  "$LAUNCHER" flows --format csv "$s" > "$OUT/launcher.csv"
  "$PY" bench/flows.py "$s" > "$OUT/python.csv"
  cmp -s "$OUT/launcher.csv" "$OUT/python.csv" || die "different output on $s (see $OUT/launcher.csv, $OUT/python.csv)"
  echo "same CSV: $s ($(( $(wc -l < "$OUT/launcher.csv") - 1 )) flows, $(wc -c < "$OUT/launcher.csv") bytes)"
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "machine: $(nproc) cores, load average $load_before; $("$PY" --version 2>&1); launcher $LAUNCHER"
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --output=null --export-json "$OUT/flows-vs-python.json" \
  "$LAUNCHER flows $SITE" \
  "$PY bench/flows.py $SITE" | tee "$OUT/flows-vs-python.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
"$PY" - "$OUT/flows-vs-python.json" "$load_before" "$load_after" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for x in r.values():
    print(f"  {x['command']:<60} median {x['median']*1000:6.0f} ms  mean {x['mean']*1000:6.0f}  min {x['min']*1000:5.0f}"
          f"  max {x['max']*1000:5.0f}  user {x['user']*1000:5.0f}  sys {x['system']*1000:4.0f}")
launcher, python = [x for x in r.values() if "flows.py" not in x["command"]][0], [x for x in r.values() if "flows.py" in x["command"]][0]
print(f"ratio launcher/python (medians): {launcher['median']/python['median']:.2f}"
      f"   (CPU user+sys: {(launcher['user']+launcher['system'])/(python['user']+python['system']):.2f});"
      f" load average before {sys.argv[2]}, after {sys.argv[3]}")
PY
