#!/usr/bin/env bash
# Time to first frame of the packaged planner vs a hello-world JavaFX window packaged the same way:
# same jlinked runtime, same jpackage launcher, same JVM options, each with its own AppCDS archive made
# the same way (training run + lib/<name>-cds.sh). Both exit after their first frame via
# -Dvalt.exitAfterFirstFrame=true (com.valt.planner.ui.startup.FirstFrameProbe), so hyperfine's wall
# time is process start -> first frame drawn (+ JVM exit, the same for both).
#
#   mvn -Pinstaller package -Dinstaller.types=app-image     # once
#   installer/measure-startup.sh [SITE|none]                # default samples/university.valt.json; RUNS=15
#                                                           # none: the planner starts with an empty plan
#
# Needs hyperfine, python3 and Xvfb (xvfb-run) when there is no display. Results:
# target/installer/bench/startup.json (with AppCDS) and startup-no-appcds.json (JDK classes only).
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
command -v hyperfine >/dev/null || die "needs hyperfine (apt-get install hyperfine)"
command -v python3 >/dev/null || die "needs python3 to read hyperfine's JSON"
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

cfg=$hello/lib/app/hello-fx.cfg
cp "$cfg" "$out/hello-fx.cfg.orig"
sed -i -e '/SharedArchiveFile/d' \
    -e 's|^\[JavaOptions\]$|&\njava-options=-XX:DumpLoadedClassList=$APPDIR/hello-fx.classlist\njava-options=-Dvalt.exitAfterFirstFrame=true|' "$cfg"
"${run[@]}" "$hello/bin/hello-fx" >/dev/null 2>&1 || die "the hello-world training run failed"
cp "$out/hello-fx.cfg.orig" "$cfg"
sed 's/@NAME@/hello-fx/g' installer/linux/valt-planner-cds.sh >"$hello/lib/hello-fx-cds.sh"
chmod +x "$hello/lib/hello-fx-cds.sh"
"$hello/lib/hello-fx-cds.sh"

# 2. Time both in one hyperfine run, under one X server.
export JAVA_TOOL_OPTIONS=-Dvalt.exitAfterFirstFrame=true
measure() { # measure JSON_FILE
    "${run[@]}" hyperfine -N --style basic --warmup 3 --runs "$runs" --export-json "$1" \
        -n "valt-planner $site" "$image/bin/valt-planner$site_arg" \
        -n "hello-world" "$hello/bin/hello-fx"
}
echo "== with AppCDS (as shipped)"
measure "$out/startup.json"

# 3. For reference: each with the runtime's default archive only (JDK classes, no application classes).
for app in "$image/lib/app/valt-planner.jsa" "$hello/lib/app/hello-fx.jsa"; do
    mv "$app" "$app.appcds"
    cp "$runtime/lib/server/classes.jsa" "$app"
done
echo "== without AppCDS (JDK classes only)"
measure "$out/startup-no-appcds.json" || true
for app in "$image/lib/app/valt-planner.jsa" "$hello/lib/app/hello-fx.jsa"; do
    mv -f "$app.appcds" "$app"
done

python3 - "$out/startup.json" "$out/startup-no-appcds.json" <<'EOF'
import json, sys
print()
for path, label in zip(sys.argv[1:], ["with AppCDS", "without AppCDS"]):
    r = {x["command"]: x for x in json.load(open(path))["results"]}
    app = next(v for k, v in r.items() if k.startswith("valt-planner"))
    hello = r["hello-world"]
    print(f"{label:15s} planner median {app['median']*1000:6.0f} ms   hello-world median "
          f"{hello['median']*1000:6.0f} ms   ratio {app['median']/hello['median']:.2f}   "
          f"({len(app['times'])} runs each)")
EOF
