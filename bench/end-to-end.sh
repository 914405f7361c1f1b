#!/usr/bin/env bash
# End-to-end speed of the command line (issue 2): `flows` on the campus site (2,000 cameras,
# 40 media servers, 300 clients, 50 BEAM devices; 42,846 flows) against `--help`, the cost of
# starting the program at all. Target: flows within 1.5x of --help (medians, one hyperfine run).
#
#   bench/end-to-end.sh            plain `java -jar`, as a user types it
#   bench/end-to-end.sh --cds      also with an AppCDS archive made by a training run of `flows`;
#                                  both commands get the same -XX:SharedArchiveFile flag
#   RUNS=20 WARMUP=5 bench/end-to-end.sh
#   NICE=-10 bench/end-to-end.sh   (as root) run the measurements at a higher priority, so that other
#                                  builds on a shared machine disturb them less
#
# Needs hyperfine (apt-get install -y hyperfine) and python3. Writes target/bench/*.json and
# prints the medians and the ratio. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-3}
OUT=target/bench
mkdir -p "$OUT"

JAR=target/valt-planner.jar
if [[ ${SKIP_BUILD:-} != 1 ]]; then # measure the current code (SKIP_BUILD=1 to reuse the jar)
  mvn -q -DskipTests package
fi
SITE=$OUT/campus.valt.json
# The same seeded generator the JMH benchmarks use, written through SiteFileWriter.
java -cp "target/test-classes:$JAR" com.valt.planner.testing.SiteGenerator "$SITE" campus
java -jar "$JAR" flows "$SITE" > "$OUT/campus.flows.csv"
echo "campus site: $(wc -c < "$SITE") bytes; flows: $(( $(wc -l < "$OUT/campus.flows.csv") - 1 ))"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"

report() {
  python3 - "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for x in r:
    print(f"  {x['command']}\n    median {x['median']*1000:7.0f} ms   mean {x['mean']*1000:7.0f} ms"
          f"   min {x['min']*1000:5.0f}   max {x['max']*1000:5.0f}   user {x['user']*1000:5.0f} ms  sys {x['system']*1000:4.0f} ms")
print(f"  ratio flows/help (medians): {r[1]['median']/r[0]['median']:.2f}"
      f"   (CPU user+sys: {(r[1]['user']+r[1]['system'])/(r[0]['user']+r[0]['system']):.2f})")
PY
}

run() { # name, java flags
  local name=$1 flags=$2
  ${NICE:+nice -n "$NICE"} hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/$name.json" \
    --output=null \
    "java $flags-jar $JAR --help" \
    "java $flags-jar $JAR flows $SITE" > "$OUT/$name.txt"
  echo "$name:"
  report "$OUT/$name.json"
}

run e2e-plain ""

if [[ ${1:-} == --cds ]]; then
  # Dynamic AppCDS (JDK 13+): a training run of `flows` archives every class it loads, including
  # those --help needs. The flag must be on the command line, so both commands get it.
  rm -f "$OUT/valt-planner.jsa"
  java -XX:ArchiveClassesAtExit="$OUT/valt-planner.jsa" -jar "$JAR" flows "$SITE" > /dev/null 2> "$OUT/cds.log"
  run e2e-cds "-XX:SharedArchiveFile=$OUT/valt-planner.jsa "
fi
