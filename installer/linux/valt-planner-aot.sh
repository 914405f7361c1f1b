#!/bin/sh
# Checks that this installation's ahead-of-time cache (lib/app/@NAME@.aot, Java 25, trained at build time)
# can be used by its runtime at this path, and replaces it with the runtime's default class-data archive
# if not. A cache the JVM refuses (wrong JVM, a jar that changed, a truncated or corrupted file) would
# switch class sharing off altogether, which is slower than having no cache; a corrupted one that is not
# checked can even crash the JVM. The runtime's default archive (JDK and JavaFX classes) is accepted at any
# path, so with it start-up is exactly as without a cache. The build runs this on its app-image before
# packaging; the .deb's postinst runs it where the program is installed; run it after moving an app-image.
# Exit status 0: the cache is usable; 1: it was replaced (the reason is on stderr). Needs no display.
set -eu
lib=$(cd "$(dirname "$0")" && pwd -P)
cache="$lib/app/@NAME@.aot"
launcher="$lib/../bin/@NAME@"
log="${TMPDIR:-/tmp}/@NAME@-aot.$$.log"

fallback() {
    cp -f "$lib/runtime/lib/server/classes.jsa" "$cache"
    echo "@NAME@-aot: $1; using the runtime's default archive instead (start-up as without a cache)" >&2
    exit 1
}

[ -s "$cache" ] || fallback "no AOT cache $cache"
# -XX:AOTMode=on makes the JVM refuse to start unless it maps the cache; -XX:+VerifySharedSpaces checks
# the cache's checksums (too slow for every start, ~80 ms of CPU, so only here).
if JAVA_TOOL_OPTIONS="-XX:AOTMode=on -XX:+VerifySharedSpaces" "$launcher" --version >"$log" 2>&1; then
    rm -f "$log"
    echo "@NAME@-aot: $cache is usable"
else
    fallback "the runtime cannot use $cache: $(grep -m1 -iE 'error|warning' "$log" || true) (log: $log)"
fi
