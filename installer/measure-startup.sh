#!/usr/bin/env bash
# Time to first frame of the packaged planner vs a hello-world JavaFX window packaged the same way:
# same jlinked runtime, same jpackage launcher, same JVM options, each with its own AppCDS archive made
# the same way (training run + lib/<name>-cds.sh). Both exit after their first frame via
# -Dvalt.exitAfterFirstFrame=true (com.valt.planner.ui.startup.FirstFrameProbe), so a run's wall time
# is process start -> first frame drawn (+ JVM exit, the same for both).
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once
#   installer/measure-startup.sh [SITE|none]                # default samples/university.valt.json; RUNS=15
#                                                           # none: the planner starts with an empty plan
#
# The variants run interleaved (planner, hello, planner, hello, ...), not back to back as hyperfine
# would, so that load from other programs on a shared machine falls on all of them alike. Needs python3,
# /usr/bin/time, and Xvfb (xvfb-run) when there is no display. Every run is kept in
# target/installer/bench/runs.txt (variant, wall ms, CPU ms, probe's first-frame ms).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "measure-startup: $*" >&2; exit 1; }
site=${1:-samples/university.valt.json}
runs=${RUNS:-15}
image=target/installer/image/valt-planner
runtime=target/installer/runtime
out=target/installer/bench
hello=$out/hello-fx
xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")

[ -x "$image/bin/valt-planner" ] || die "no app-image; build it first: mvn -Pinstaller package -Dinstaller.types=app-image"
[ -s "$image/lib/app/valt-planner.jsa" ] || die "the app-image has no AppCDS archive (built with --no-training?)"
if [ "$site" = none ]; then site_arg=""; else site_arg=" $site"; [ -f "$site" ] || die "no site file $site"; fi
command -v python3 >/dev/null || die "needs python3 for the medians"
[ -x /usr/bin/time ] || die "needs /usr/bin/time (apt-get install time)"
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run (apt-get install xvfb)"
    run=("${xvfb[@]}")
else
    run=()
fi

# Keep the planner's recent files and recovery drafts out of the user's home.
export XDG_CONFIG_HOME=$PWD/$out/home/config XDG_DATA_HOME=$PWD/$out/home/data

# 1. The hello-world app-image, exactly as Package.java builds the planner's.
rm -rf "$out"
mkdir -p "$out/classes" "$out/input"
javac --release 17 --module-path target/installer/jmods --add-modules javafx.controls \
    -d "$out/classes" src/main/java/com/valt/planner/ui/startup/FirstFrameProbe.java installer/bench/*.java
jar --create --file "$out/input/hello-fx.jar" -C "$out/classes" .
java_options=$(sed -n 's/^java.options=//p' installer/installer.properties | sed 's/valt-planner/hello-fx/g')
opts=(); for o in $java_options; do opts+=(--java-options "$o"); done
jpackage --type app-image --name hello-fx --runtime-image "$runtime" --input "$out/input" \
    --main-jar hello-fx.jar --main-class bench.HelloMain "${opts[@]}" --dest "$out"
sed 's/@NAME@/hello-fx/g' installer/linux/launcher.sh >"$hello/bin/hello-fx" # the planner's launcher, too

cfg=$hello/lib/app/hello-fx.cfg
cp "$cfg" "$out/hello-fx.cfg.orig"
sed -i -e '/SharedArchiveFile/d' \
    -e 's|^\[JavaOptions\]$|&\njava-options=-XX:DumpLoadedClassList=$APPDIR/hello-fx.classlist\njava-options=-Dvalt.exitAfterFirstFrame=true|' "$cfg"
"${run[@]}" "$hello/bin/hello-fx" >/dev/null 2>&1 || die "the hello-world training run failed"
cp "$out/hello-fx.cfg.orig" "$cfg"
sed 's/@NAME@/hello-fx/g' installer/linux/valt-planner-cds.sh >"$hello/lib/hello-fx-cds.sh"
chmod +x "$hello/lib/hello-fx-cds.sh"
"$hello/lib/hello-fx-cds.sh"


# 2. Variants without the program's own archive: copies whose archive is the runtime's default one
#    (JDK and JavaFX classes only; valid at any path).
for name in valt-planner hello-fx; do
    if [ $name = valt-planner ]; then src=$image; else src=$hello; fi
    cp -a "$src" "$out/$name-no-appcds"
    cp -f "$runtime/lib/server/classes.jsa" "$out/$name-no-appcds/lib/app/$name.jsa"
done

# 3. Interleaved runs under one X server; then the medians.
echo "measure-startup: $runs interleaved runs of each variant (after one warm-up round)..."
"${run[@]}" installer/bench/run-interleaved.sh "$out" "$runs" \
    "planner=$image/bin/valt-planner$site_arg" \
    "hello=$hello/bin/hello-fx" \
    "planner-no-appcds=$out/valt-planner-no-appcds/bin/valt-planner$site_arg" \
    "hello-no-appcds=$out/hello-fx-no-appcds/bin/hello-fx" >"$out/runs.txt"
python3 installer/bench/medians.py "$out/runs.txt" "${site}" "$runs"
