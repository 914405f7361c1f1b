#!/usr/bin/env bash
# JMH benchmarks of issue 2 (not part of `mvn verify`):
#   EngineBenchmark: FlowEngine.compute(campus) vs a bare JGraphT directed multigraph build of the same
#                    vertices and edges. Target: engine within 3x; also the campus with four zones and
#                    two firewalls (engineZoned, issue 10), against the same bare build.
#   LoadBenchmark:   SiteFileReader.read(bytes) vs Jackson readTree of the same bytes
#                    (a default `new ObjectMapper()`, and the project's Json.mapper()). Target: within 3x.
# Both pairs run in one JMH invocation, so each ratio comes from one run on the same machine state.
#
#   bench/jmh.sh                      everything, the annotated settings (2 forks, 5x2 s warmup, 8x2 s)
#   bench/jmh.sh EngineBenchmark -f 1 any JMH options (a benchmark regex, -f, -wi, -i, -prof gc, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
RESULT=target/bench/jmh.json
mvn -q -Pbench -DskipTests test-compile exec:exec -Djmh.args="$* -rf json -rff $RESULT"
python3 - "$RESULT" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
p50 = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]:
       r["primaryMetric"]["scorePercentiles"]["50.0"] for r in rows}
print("\nmedians (p0.50, ms/op):")
for k, v in p50.items():
    print(f"  {k:40s} {v:9.3f}")
def ratio(a, b, target):
    if a in p50 and b in p50:
        r = p50[a] / p50[b]
        print(f"  {a} / {b} = {r:.2f}  (target <= {target}: {'met' if r <= target else 'MISSED'})")
print("ratios:")
ratio("EngineBenchmark.engine", "EngineBenchmark.bareJGraphT", 3)
ratio("EngineBenchmark.engineZoned", "EngineBenchmark.bareJGraphT", 3)
ratio("LoadBenchmark.siteFileReader", "LoadBenchmark.readTreePlainMapper", 3)
ratio("LoadBenchmark.siteFileReader", "LoadBenchmark.readTreeProjectMapper", 3)
PY
