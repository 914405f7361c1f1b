"""Medians of installer/bench/run-interleaved.sh's output: measure-startup.sh RUNS.TXT SITE RUNS."""
import statistics
import sys

rows = [line.split() for line in open(sys.argv[1]) if line.strip()]


def median(label, column):
    return statistics.median(int(r[column]) for r in rows if r[0] == label)


print(f"\nTime to first frame; planner opening {sys.argv[2]}; medians of {sys.argv[3]} interleaved runs each")
# The probe's own "first frame N ms" (column 3 of runs.txt) counts from /proc's process start time,
# whose boot-time base is rounded to whole seconds: a constant offset, so it is not used here.
print(f"{'':20s}{'wall ms':>9s}{'CPU ms':>9s}")
for label in ["planner", "hello", "planner-no-appcds", "hello-no-appcds"]:
    print(f"{label:20s}{median(label, 1):9.0f}{median(label, 2):9.0f}")
for suffix, name in [("", "with AppCDS (as shipped)"), ("-no-appcds", "without AppCDS")]:
    p, h = "planner" + suffix, "hello" + suffix
    print(f"planner/hello {name}: wall {median(p, 1) / median(h, 1):.2f}x, CPU {median(p, 2) / median(h, 2):.2f}x")
