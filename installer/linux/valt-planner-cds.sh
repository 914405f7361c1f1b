#!/bin/sh
# (Re)makes the AppCDS archive (lib/app/@NAME@.jsa) of this installation from the class list recorded
# by the build's training run (lib/app/@NAME@.classlist). JDK 17 only accepts an archive made with
# the exact absolute class path of the launcher, so this runs where the program is installed: the
# .deb's postinst calls it; after moving an app-image, run it once again. Needs no display.
set -eu
lib=$(cd "$(dirname "$0")" && pwd -P)
app="$lib/app"
java="$lib/runtime/bin/java"
cfg="$app/@NAME@.cfg"
classlist="$app/@NAME@.classlist"
jsa="$app/@NAME@.jsa"

# Without a usable archive the JVM would run with no class sharing at all; the runtime's own archive
# (JDK and JavaFX classes only) is valid for any class path, so it is the fallback.
fallback() {
    cp -f "$lib/runtime/lib/server/classes.jsa" "$jsa"
    echo "@NAME@-cds: $1; using the runtime's default archive instead" >&2
    exit 1
}

# The launcher's class path, in its order, as the launcher expands it.
cp=$(awk -v dir="$app" 'index($0, "app.classpath=$APPDIR") == 1 {
        print dir substr($0, length("app.classpath=$APPDIR") + 1) }' "$cfg" | paste -sd: -)
[ -n "$cp" ] || fallback "no class path in $cfg"
[ -f "$classlist" ] || fallback "no class list $classlist (built without the training run)"

tmp="$jsa.tmp$$"
log="${TMPDIR:-/tmp}/@NAME@-cds.$$.log"
if "$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$tmp" \
        -cp "$cp" >"$log" 2>&1; then
    mv -f "$tmp" "$jsa"
    rm -f "$log"
    echo "@NAME@-cds: made $jsa"
else
    rm -f "$tmp"
    fallback "the dump failed (log: $log)"
fi
