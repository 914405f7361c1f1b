#!/usr/bin/env bash
# Issue 15, item 7: proves the .deb installs where nothing else is: a fresh minimal Debian made with
# debootstrap (--variant=minbase: no X, no GTK, no fonts, no Java). Inside it (chroot, as root):
#   1. apt-get install --no-install-recommends ./valt-planner_*.deb   (the Depends line alone must suffice)
#   2. every native library of the runtime resolves (ldd: no "not found")
#   3. postinst's check of the AOT cache: the installed launcher starts with -XX:AOTMode=on
#   4. valt-planner --version; flows and export of samples/university.valt.json (export checked: 5 files)
#   5. xvfb + xauth installed afterwards (not before: they would bring libraries the package must declare
#      itself), then the window opens the sample and draws its first frame under xvfb-run
#   6. apt-get purge leaves no /opt/valt-planner
# Manual/documented, not part of CI (debootstrap alone took 8.5 min on the busy 2-core build machine).
# Only Debian's own mirror is used.
#
#   installer/chroot-test.sh [DEB]                      # default: target/installer/packages/valt-planner_*.deb
#   SUITE=trixie installer/chroot-test.sh               # Debian 13 (its libraries carry the t64 names)
#   BASE=/tmp/bookworm-minbase installer/chroot-test.sh # copy an existing debootstrap tree instead of making one
#   KEEP=1 ...                                          # keep the chroot (target/chroot-test/<suite>)
#   MIRROR=http://deb.debian.org/debian
#
# Needs root, debootstrap (apt-get install debootstrap) and network access to the Debian mirror.
# Writes a summary to target/chroot-test/<suite>.txt (docs/install.md quotes it).
set -euo pipefail
cd "$(dirname "$0")/.."
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
deb=${1:-$(ls target/installer/packages/valt-planner_*.deb 2>/dev/null | head -1 || true)}
die() { echo "chroot-test: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount)"
[ -n "$deb" ] && [ -f "$deb" ] || die "no .deb; build it: DPKG_DEB_COMPRESSOR_TYPE=gzip mvn -Pinstaller -DskipTests package"
command -v debootstrap >/dev/null || die "needs debootstrap (apt-get install debootstrap)"

work=$PWD/target/chroot-test
root=$work/$SUITE
summary=$work/$SUITE.txt
mkdir -p "$work"
failures=0
log() { echo "$*" | tee -a "$summary"; }
pass() { log "  ok    $*"; }
fail() { log "  FAIL  $*"; failures=$((failures + 1)); }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

cleanup() {
    for m in proc sys dev/pts; do umount "$root/$m" 2>/dev/null || true; done
    if [ -z "${KEEP:-}" ]; then rm -rf "$root"; fi
}
trap cleanup EXIT

: >"$summary"
t0=$(date +%s)
rm -rf "$root"
if [ -n "${BASE:-}" ]; then
    cp -a "$BASE" "$root"
else
    debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$work/$SUITE-debootstrap.log" 2>&1 \
        || die "debootstrap failed (see $work/$SUITE-debootstrap.log)"
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/tmp/valt"
cp "$deb" samples/university.valt.json "$root/tmp/valt/"
debname=$(basename "$deb")

log "chroot-test $(date -u '+%Y-%m-%d %H:%M UTC'): $debname on Debian $SUITE minbase ($(cat "$root/etc/debian_version"))"
log "  Depends: $(dpkg-deb -f "$deb" Depends)"
before=$(in_root dpkg-query -W -f '${Package}\n' | wc -l)
in_root apt-get update -qq >/dev/null
if in_root apt-get install -y -q --no-install-recommends "/tmp/valt/$debname" >"$work/$SUITE-apt.log" 2>&1; then
    after=$(in_root dpkg-query -W -f '${Package}\n' | wc -l)
    pass "apt-get install --no-install-recommends ./$debname ($((after - before)) packages, base had $before)"
else
    fail "apt-get install: $(tail -5 "$work/$SUITE-apt.log" | tr '\n' ' ')"
    exit 1
fi
grep -E 'valt-planner-(aot|cds)' "$work/$SUITE-apt.log" | sed 's/^/        postinst: /' | tee -a "$summary" || true
for pkg in libgtk-3-0 libgtk-3-0t64 libasound2 libasound2t64; do
    if in_root dpkg-query -W -f '${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        log "        installed: $pkg"
    fi
done

# libjvm.so is left out: the launcher loads it from lib/runtime/lib/server before any library that links it.
missing=$(in_root sh -c 'find /opt/valt-planner -name "*.so" -exec ldd {} \; 2>/dev/null | grep "not found" | sort -u' \
    | grep -v 'libjvm.so' || true)
if [ -z "$missing" ]; then pass "every native library of the runtime resolves (ldd; libjvm.so is the launcher's)"
else fail "unresolved libraries: $(echo "$missing" | tr '\n' ' ')"; fi

if in_root env JAVA_TOOL_OPTIONS=-XX:AOTMode=on /usr/bin/valt-planner --version >"$work/$SUITE-version.log" 2>&1; then
    pass "installed launcher starts with its AOT cache (-XX:AOTMode=on): $(grep -v 'Picked up' "$work/$SUITE-version.log" | head -1)"
else
    fail "the installed launcher cannot use its AOT cache: $(tail -3 "$work/$SUITE-version.log" | tr '\n' ' ')"
fi
if in_root /usr/bin/valt-planner flows /tmp/valt/university.valt.json >"$work/$SUITE-flows.csv" 2>"$work/$SUITE-flows.err"; then
    pass "flows university.valt.json ($(($(wc -l <"$work/$SUITE-flows.csv") - 1)) flows)"
else
    fail "flows: $(head -3 "$work/$SUITE-flows.err" | tr '\n' ' ')"
fi
if in_root /usr/bin/valt-planner export /tmp/valt/university.valt.json --out /tmp/valt/handoff >"$work/$SUITE-export.log" 2>&1; then
    files=$(ls "$root/tmp/valt/handoff" | tr '\n' ' ')
    if [ "$(ls "$root/tmp/valt/handoff" | wc -l)" -ge 5 ]; then pass "export university.valt.json: $files"
    else fail "export wrote only: $files"; fi
else
    fail "export: $(tail -3 "$work/$SUITE-export.log" | tr '\n' ' ')"
fi

# The window: Xvfb comes from the Debian mirror after the checks above.
if in_root apt-get install -y -q --no-install-recommends xvfb xauth >"$work/$SUITE-xvfb.log" 2>&1; then
    status=0
    in_root env JAVA_TOOL_OPTIONS=-Dvalt.exitAfterFirstFrame=true XDG_CONFIG_HOME=/tmp/valt/config \
        XDG_DATA_HOME=/tmp/valt/data timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
        /usr/bin/valt-planner /tmp/valt/university.valt.json >"$work/$SUITE-window.log" 2>&1 || status=$?
    if [ $status -eq 0 ] && grep -q 'first frame' "$work/$SUITE-window.log"; then
        pass "window opens university.valt.json under xvfb-run ($(grep -o 'first frame [0-9]* ms' "$work/$SUITE-window.log"))"
    else
        fail "window (status $status): $(grep -v '^\s*at ' "$work/$SUITE-window.log" | tail -3 | tr '\n' ' ')"
    fi
else
    fail "could not install xvfb in the chroot: $(tail -2 "$work/$SUITE-xvfb.log" | tr '\n' ' ')"
fi

in_root apt-get purge -y -q valt-planner >/dev/null 2>&1 || true
if [ ! -e "$root/opt/valt-planner" ] && [ ! -e "$root/usr/bin/valt-planner" ]; then pass "purge removes /opt/valt-planner and /usr/bin/valt-planner"
else fail "purge left $(ls -d "$root/opt/valt-planner" "$root/usr/bin/valt-planner" 2>/dev/null | tr '\n' ' ')"; fi

log "chroot-test: $failures failure(s), $(( $(date +%s) - t0 )) s"
[ $failures -eq 0 ]
