#!/usr/bin/env bash
# Smoke test of the packaged program (Linux). Checks what `mvn -Pinstaller package` built in
# target/installer: the app-image runs its --help and `flows`, uses its start-up cache (Java 25: the AOT
# cache; Java 17 fallback build: the AppCDS archive) and opens its window; with a missing, truncated or
# corrupted AOT cache it still starts and lib/valt-planner-aot.sh puts the runtime's default archive in its
# place; the .deb carries the hand-written Depends line, the desktop entry, icon and *.valt.json association.
#
#   installer/smoke-test.sh            check the existing build (Maven runs this in `verify`)
#   installer/smoke-test.sh --build    build first (mvn -Pinstaller package, tests skipped), then check
#   installer/smoke-test.sh --install  also install the .deb with apt-get (root; fresh CI machine), check
#                                      /usr/bin/valt-planner and the archive made by postinst, then purge
set -euo pipefail
cd "$(dirname "$0")/.."

build=false
install=false
for arg in "$@"; do
    case "$arg" in
        --build) build=true ;;
        --install) install=true ;;
        *) echo "usage: $0 [--build] [--install]" >&2; exit 64 ;;
    esac
done

if [ "$(uname -s)" != Linux ]; then
    echo "smoke-test: Linux only (the Windows/macOS installers are checked by hand, see docs/install.md)"
    exit 0
fi

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
check() { # check "description" command...
    local what=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

if $build; then
    # A gzip-compressed .deb is built in a third of the time of xz; the contents are the same.
    DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} mvn -B -q -ntp -Pinstaller -DskipTests package
fi

image=target/installer/image/valt-planner
app=$image/lib/app
launcher=$image/bin/valt-planner
deb=$(ls target/installer/packages/valt-planner_*.deb 2>/dev/null | head -1 || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The window check must not touch the user's recent files or recovery drafts.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

if [ ! -x "$launcher" ]; then
    echo "smoke-test: no app-image at $image; build it with: mvn -Pinstaller package" >&2
    exit 1
fi

echo "app-image $image"
check "runtime holds the JavaFX modules" grep -q 'javafx.controls' "$image/lib/runtime/release"
if ls "$app" | grep -q '^javafx'; then fail "no javafx jars on the class path (found: $(ls "$app" | grep '^javafx' | tr '\n' ' '))"
else pass "no javafx jars (placeholders or platform jars) on the class path"; fi

if "$launcher" --help >"$tmp/help.out" 2>"$tmp/help.err" && grep -q '^Usage: valt-planner' "$tmp/help.out"; then
    pass "--help prints the usage"
else
    fail "--help (status/output: $(head -3 "$tmp/help.out" "$tmp/help.err" | tr '\n' ' '))"
fi

if "$launcher" flows samples/clinic.valt.json >"$tmp/flows.csv" 2>"$tmp/flows.err"; then
    pass "flows samples/clinic.valt.json exits 0 ($(($(wc -l <"$tmp/flows.csv") - 1)) flows)"
else
    fail "flows samples/clinic.valt.json: $(head -3 "$tmp/flows.err")"
fi
check "flows prints the CSV header of cli.md" grep -qx \
    'rule,section,source,source_type,destination,destination_type,transport,port,protocol,service,source_name,source_address,destination_name,destination_address' "$tmp/flows.csv"
# jpackage's own launcher runs `rpm -qf` and `dpkg -S` at every start (~350 ms); ours must run neither.
no_package_manager() { # no_package_manager LAUNCHER: runs flows with rpm and dpkg on the PATH that log their use
    mkdir -p "$tmp/spy"
    for tool in rpm dpkg dpkg-query; do
        printf '#!/bin/sh\necho "%s $*" >>"%s"\nexit 1\n' "$tool" "$tmp/spy.log" >"$tmp/spy/$tool"
        chmod +x "$tmp/spy/$tool"
    done
    rm -f "$tmp/spy.log"
    PATH="$tmp/spy:$PATH" "$1" flows samples/clinic.valt.json >/dev/null 2>&1 && [ ! -e "$tmp/spy.log" ]
}
if no_package_manager "$launcher"; then pass "the launcher asks no package manager who owns it"
else fail "the launcher ran: $(tr '\n' ';' <"$tmp/spy.log" 2>/dev/null) (is bin/valt-planner jpackage's launcher?)"; fi
if [ -f target/valt-planner.jar ] && java -jar target/valt-planner.jar flows samples/clinic.valt.json >"$tmp/jar.csv" 2>/dev/null; then
    check "packaged flows output equals the jar's" cmp -s "$tmp/flows.csv" "$tmp/jar.csv"
fi

java_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ "${java_version:-0}" -ge 25 ]; then aot=true; else aot=false; fi
if $aot; then
    pass "runtime is Java $java_version (AOT cache)"
    # -XX:AOTMode=on makes the JVM refuse to start if the cache cannot be used.
    cache=$app/valt-planner.aot
    check "AOT cache present" test -s "$cache"
    if cmp -s "$cache" "$image/lib/runtime/lib/server/classes.jsa"; then
        fail "the AOT cache is the runtime's default archive (the training run or the check failed at build time)"
    fi
    # (class+load logged to a file: the launcher's -Xlog:all=off switches the JVM's stdout logging off)
    if JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info:file=$tmp/aot.out" "$launcher" flows samples/clinic.valt.json \
            >/dev/null 2>"$tmp/aot.err" \
            && grep -q 'com.valt.planner.cli.FlowsCommand source: shared objects file' "$tmp/aot.out" \
            && grep -q 'com.fasterxml.jackson.dataformat.csv.CsvGenerator source: shared objects file' "$tmp/aot.out"; then
        pass "flows loads the program's and Jackson's classes from the AOT cache"
    else
        fail "AOT cache not used by flows: $(grep -m3 -iE 'error|mismatch|warning' "$tmp/aot.err" | tr '\n' ' ')"
    fi
    # The fallback (issue 15): a cache that cannot be used must never stop the program or make it slower than none.
    copy=$tmp/copy
    cp -a "$image" "$copy"
    ccache=$copy/lib/app/valt-planner.aot
    for damage in missing truncated; do
        cp -f "$cache" "$ccache"
        if [ $damage = missing ]; then rm -f "$ccache"; else head -c 1000000 "$cache" >"$ccache"; fi
        if "$copy/bin/valt-planner" flows samples/clinic.valt.json >"$tmp/damaged.csv" 2>"$tmp/damaged.err" \
                && cmp -s "$tmp/damaged.csv" "$tmp/flows.csv"; then
            pass "launcher still starts and prints the same flows (JVM errors on stderr only) with a $damage AOT cache"
        else
            fail "launcher with a $damage AOT cache: $(head -3 "$tmp/damaged.err" | tr '\n' ' ')"
        fi
    done
    for damage in missing truncated corrupted; do
        cp -f "$cache" "$ccache"
        case $damage in
            missing) rm -f "$ccache" ;;
            truncated) head -c 1000000 "$cache" >"$ccache" ;;
            corrupted) printf '\377\377\377\377\377\377\377\377' | dd of="$ccache" bs=1 seek=$(($(stat -c %s "$cache") / 2)) conv=notrunc 2>/dev/null ;;
        esac
        status=0; "$copy/lib/valt-planner-aot.sh" >"$tmp/check.out" 2>&1 || status=$?
        if [ $status -eq 1 ] && cmp -s "$ccache" "$copy/lib/runtime/lib/server/classes.jsa" \
                && JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info:file=$tmp/damaged.classes" \
                    "$copy/bin/valt-planner" flows samples/clinic.valt.json >"$tmp/damaged.csv" 2>/dev/null \
                && grep -q 'java.lang.Object source: shared objects file' "$tmp/damaged.classes" \
                && cmp -s "$tmp/damaged.csv" "$tmp/flows.csv"; then
            pass "valt-planner-aot.sh replaces a $damage cache with the runtime's default archive (JDK classes shared, same flows)"
        else
            fail "valt-planner-aot.sh with a $damage cache (status $status): $(head -2 "$tmp/check.out" | tr '\n' ' ')"
        fi
    done
    rm -rf "$copy"
else
    echo "  note  runtime is Java ${java_version:-?}: no Java 25 JDK at build time; checking the AppCDS archive"
    # AppCDS: -Xshare:on makes the JVM refuse to start if the archive cannot be used.
    check "AppCDS class list recorded by the training run" test -s "$app/valt-planner.classlist"
    check "AppCDS archive present" test -s "$app/valt-planner.jsa"
    if JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$launcher" --version >"$tmp/cds.out" 2>&1 \
            && grep -q 'com.valt.planner.cli.Cli source: shared objects file' "$tmp/cds.out"; then
        pass "program classes load from the AppCDS archive"
    else
        fail "AppCDS archive not used: $(grep -m3 -iE 'error|mismatch|warning' "$tmp/cds.out" | tr '\n' ' ')"
    fi
fi

# The window: the first-frame probe exits 0 once a frame is drawn.
if command -v xvfb-run >/dev/null || [ -n "${DISPLAY:-}" ]; then
    run=(); [ -z "${DISPLAY:-}" ] && run=(xvfb-run -a -s "-screen 0 1600x1000x24")
    status=0
    JAVA_TOOL_OPTIONS="-Dvalt.exitAfterFirstFrame=true -Xlog:class+load=info:file=$tmp/window-classes.txt" \
        timeout 90 "${run[@]}" "$launcher" samples/clinic.valt.json >"$tmp/window.out" 2>&1 || status=$?
    if [ $status -eq 0 ] && grep -q 'first frame' "$tmp/window.out"; then
        pass "window opens on samples/clinic.valt.json ($(grep -o 'first frame [0-9-]* ms' "$tmp/window.out"))"
        if $aot; then
            check "the window's classes come from the AOT cache (MainWindow, TableView)" grep -q \
                -e 'com.valt.planner.ui.MainWindow source: shared objects file' "$tmp/window-classes.txt"
            # Java 25 warns of JavaFX's native access and Unsafe unless the launcher's options allow them.
            if grep -q '^WARNING' "$tmp/window.out"; then
                fail "the window printed JVM warnings: $(grep -m2 '^WARNING' "$tmp/window.out" | tr '\n' ' ')"
            else
                pass "the window prints no JVM warnings"
            fi
        fi
    elif grep -q 'The planner window is not built yet' "$tmp/window.out"; then
        echo "  skip  window: Desktop.open is still the placeholder on this branch"
    else
        fail "window did not show a first frame (status $status): $(tail -3 "$tmp/window.out" | tr '\n' ' ')"
    fi
else
    echo "  skip  window: no DISPLAY and no xvfb-run"
fi

if [ -z "$deb" ]; then
    fail "no .deb in target/installer/packages (built with -Dinstaller.types=...deb?)"
else
    echo "package $deb ($(du -h "$deb" | cut -f1))"
    depends=$(dpkg-deb -f "$deb" Depends)
    wanted=$(sed -n 's/^linux.deb.depends=//p' installer/installer.properties)
    if [ "$depends" = "$wanted" ]; then pass "Depends is the hand-written line of installer.properties"
    else fail "Depends is '$depends', not installer.properties' '$wanted'"; fi
    dpkg-deb -x "$deb" "$tmp/root"
    dpkg-deb -e "$deb" "$tmp/ctl"
    desktop=$(ls "$tmp"/root/opt/valt-planner/lib/*.desktop 2>/dev/null | head -1 || true)
    if [ -n "$desktop" ]; then
        pass "desktop entry $(basename "$desktop")"
        check "desktop entry: Name=VALT Site Planner" grep -qx 'Name=VALT Site Planner' "$desktop"
        check "desktop entry: Exec passes the opened file" grep -qx 'Exec=/opt/valt-planner/bin/valt-planner %f' "$desktop"
        check "desktop entry: MimeType=application/x-valt-site-plan" grep -q '^MimeType=application/x-valt-site-plan' "$desktop"
        if command -v desktop-file-validate >/dev/null; then
            check "desktop-file-validate accepts the desktop entry" desktop-file-validate "$desktop"
        fi
        icon=$(sed -n 's/^Icon=//p' "$desktop")
        check "desktop entry icon $icon is in the package" test -s "$tmp/root$icon"
        check "icon is the program's icon" cmp -s "$tmp/root$icon" resources/icons/valt-planner.png
    else
        fail "no desktop entry under /opt/valt-planner/lib"
    fi
    mime=$(ls "$tmp"/root/opt/valt-planner/lib/*MimeInfo.xml 2>/dev/null | head -1 || true)
    check "MIME type application/x-valt-site-plan with glob *.valt.json" \
        grep -q '<glob pattern="\*.valt.json"' "${mime:-/nonexistent}"
    # A jpackage token the JDK did not replace (a line of one upper-case word) breaks install or removal.
    check "postinst and prerm hold no unreplaced jpackage token" bash -c "! grep -qxE '[A-Z_]{6,}' '$tmp/ctl/postinst' '$tmp/ctl/prerm'"
    check "prerm is valid sh" sh -n "$tmp/ctl/prerm"
    check "postinst registers the desktop entry" grep -q 'xdg-desktop-menu install' "$tmp/ctl/postinst"
    check "postinst registers the MIME type" grep -q 'xdg-mime install' "$tmp/ctl/postinst"
    if $aot; then
        check "postinst checks the AOT cache at the install path" grep -q '/opt/valt-planner/lib/valt-planner-aot.sh' "$tmp/ctl/postinst"
        check "the package carries the AOT cache" cmp -s "$tmp/root/opt/valt-planner/lib/app/valt-planner.aot" "$app/valt-planner.aot"
    else
        check "postinst makes the AppCDS archive at the install path" grep -q '/opt/valt-planner/lib/valt-planner-cds.sh' "$tmp/ctl/postinst"
        check "the package carries no build-time archive" test ! -e "$tmp/root/opt/valt-planner/lib/app/valt-planner.jsa"
        check "the package carries the AppCDS class list" test -s "$tmp/root/opt/valt-planner/lib/app/valt-planner.classlist"
    fi
fi

if $install; then
    if [ -z "$deb" ] || [ "$(id -u)" != 0 ]; then
        fail "--install needs the .deb and root"
    else
        echo "install $deb"
        if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >"$tmp/apt.out" 2>&1; then
            pass "apt-get install"
            check "/usr/bin/valt-planner --help" /usr/bin/valt-planner --help
            if $aot; then
                check "installed program starts with its AOT cache (-XX:AOTMode=on)" \
                    env JAVA_TOOL_OPTIONS=-XX:AOTMode=on /usr/bin/valt-planner --version
            else
                check "postinst made /opt/valt-planner/lib/app/valt-planner.jsa" test -s /opt/valt-planner/lib/app/valt-planner.jsa
                if JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" /usr/bin/valt-planner --version 2>&1 \
                        | grep -q 'com.valt.planner.cli.Cli source: shared objects file'; then
                    pass "installed program loads its classes from the archive"
                else
                    fail "installed program does not use its AppCDS archive"
                fi
            fi
            check "installed flows samples/clinic.valt.json" /usr/bin/valt-planner flows samples/clinic.valt.json
            check "the installed launcher asks no package manager who owns it" no_package_manager /usr/bin/valt-planner
            DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq valt-planner >/dev/null 2>&1
            check "purge leaves no /opt/valt-planner" test ! -e /opt/valt-planner
            check "purge removes /usr/bin/valt-planner" test ! -e /usr/bin/valt-planner
        else
            fail "apt-get install: $(tail -3 "$tmp/apt.out" | tr '\n' ' ')"
        fi
    fi
fi

if [ $failures -gt 0 ]; then
    echo "smoke-test: $failures check(s) failed"
    exit 1
fi
echo "smoke-test: all checks passed"
