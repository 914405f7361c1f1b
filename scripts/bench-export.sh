#!/usr/bin/env bash
# Export speed benchmark (issue 4): `export` of the campus-size site against `--help`, in one hyperfine
# run so the ratio is measured under the same load. Needs hyperfine and a built jar
# (mvn -q -o -DskipTests package). Usage: scripts/bench-export.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp="target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
# The lead's deterministic generator: 2,391 devices (2,000 cameras, 40 media servers, 300 clients, 50 BEAM).
java -cp "$cp" com.valt.planner.testing.SiteGenerator "$work/campus.valt.json" campus >/dev/null
hyperfine -N -w 2 -r "$runs" --export-json "$work/bench.json" \
  'java -jar target/valt-planner.jar --help' \
  "java -jar target/valt-planner.jar export $work/campus.valt.json --out $work/out"
python3 - "$work/bench.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
help_, export = (x["median"] for x in r)
print(f"median --help {help_*1000:.0f} ms, median export {export*1000:.0f} ms, ratio {export/help_:.2f} (target <= 6)")
PY
