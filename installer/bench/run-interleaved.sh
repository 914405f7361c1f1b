#!/usr/bin/env bash
# Used by installer/measure-startup.sh: runs each LABEL=COMMAND variant once per round, in turn, and
# prints "label wall_ms cpu_ms probe_ms" per run. Round 0 warms the file cache and is not printed.
set -euo pipefail
out=$1 runs=$2
shift 2
export JAVA_TOOL_OPTIONS=-Dvalt.exitAfterFirstFrame=true
for round in $(seq 0 "$runs"); do
    for variant in "$@"; do
        label=${variant%%=*}
        cmd=${variant#*=}
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # the command line is split on purpose
        /usr/bin/time -f '%U %S' -o "$out/cpu.txt" $cmd >/dev/null 2>"$out/err.txt" \
            || { echo "run-interleaved: failed: $cmd" >&2; cat "$out/err.txt" >&2; exit 1; }
        end=$(date +%s%N)
        probe=$(sed -n 's/.*first frame \([0-9-]*\) ms.*/\1/p' "$out/err.txt")
        if [ "$round" -gt 0 ]; then
            echo "$label $(((end - start) / 1000000)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$out/cpu.txt") ${probe:--1}"
        fi
    done
done
