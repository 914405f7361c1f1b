#!/bin/sh
# Rewrites every golden file in src/test/resources/golden/ from the program itself, after an intended
# change to an output (a new rule, a new column, a drawing change). Review `git diff` of the golden
# files before committing them: they are what the tests compare against.
#   flows.csv / check.txt   from the command line on the three samples
#   matrices.html / topology.svg   by GoldenOutputsTest with -Dgolden.update=true
set -eu
cd "$(dirname "$0")/.."
golden=src/test/resources/golden
mvn -B -ntp -o -q -DskipTests package
for s in $(cd samples && ls *.valt.json | sed "s/\.valt\.json$//"); do
    java -jar target/valt-planner.jar flows "samples/$s.valt.json" > "$golden/$s.flows.csv"
    java -jar target/valt-planner.jar check "samples/$s.valt.json" > "$golden/$s.check.txt" || true
done
mvn -B -ntp -o -q test -Dtest=GoldenOutputsTest -Dgolden.update=true
git status --short -- "$golden"
