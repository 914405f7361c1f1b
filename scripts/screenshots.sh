#!/usr/bin/env bash
# Makes the README pictures from the program itself, so they stay true:
#   docs/screenshots/main-window.png             the planner window on samples/university.valt.json
#   docs/screenshots/first-plan-add-cameras.png  Site > Add cameras... on (a copy of) the clinic sample
#   docs/screenshots/first-plan-new-cameras.png  the same window after Add and Fit: the new cameras
#                                                selected, their flows drawn on the plan
#   docs/screenshots/handoff-page.png            one page of the handoff PDF exported from SITE
#
#   scripts/screenshots.sh [--no-build]
#
# SITE=... picks the sample; the PDF page is the first one headed PAGE_TITLE (default "Port matrices",
# found with pdftotext so the picture follows the document as it changes), or PAGE=n.
#
# Builds target/valt-planner.jar (mvn -q -DskipTests package) unless --no-build. Runs the window on its
# own Xvfb screen (1440x900) so the picture does not depend on your desktop. The walk-through drives the
# window with xdotool (menu by keyboard, dialog fields by clicks inside the dialog), saves the copy and
# checks that the four cameras were really added before keeping its pictures. Needs: xvfb-run, xdotool,
# ImageMagick's import, pdftoppm (apt-get install xvfb xdotool imagemagick poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

SITE=${SITE:-samples/university.valt.json}
WALK_SITE=${WALK_SITE:-samples/clinic.valt.json}
WALK_FIRST_ADDRESS=${WALK_FIRST_ADDRESS:-192.168.10.161}
PAGE=${PAGE:-}
PAGE_TITLE=${PAGE_TITLE:-Port matrices}
WIDTH=1440
HEIGHT=900
WINDOW_TIMEOUT=${WINDOW_TIMEOUT:-60}   # seconds for the window to appear
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-20}   # seconds for it to stop changing
out=docs/screenshots
jar=target/valt-planner.jar

die() { echo "screenshots: $*" >&2; exit 1; }

# --- inside the private X server -------------------------------------------------------------------
# Starts the planner on $1 and waits for its window; sets $pid and $window.
start_window() {
    java -jar "$jar" "$1" >"$tmp/window.log" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT
    window=""
    for _ in $(seq 1 $((WINDOW_TIMEOUT * 2))); do
        kill -0 "$pid" 2>/dev/null || die "the program exited before showing its window:
$(tail -20 "$tmp/window.log")"
        window=$(xdotool search --onlyvisible --name 'VALT Site Planner' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    [ -n "$window" ] || die "no window titled '... VALT Site Planner' after ${WINDOW_TIMEOUT}s:
$(tail -20 "$tmp/window.log")"
    # Fill the screen (there is no window manager on Xvfb, so no decorations to crop).
    xdotool windowmove "$window" 0 0 windowsize "$window" "$WIDTH" "$HEIGHT"
}

# settle X-WINDOW-ID OUT.png: waits until the window is painted (a blank frame has a handful of colours)
# and has stopped changing for three frames in a row (layout, CSS and the plan are done), then copies it.
settle() {
    local previous="" same=0 settled=false colours=0 sum
    for _ in $(seq 1 $((SETTLE_TIMEOUT * 2))); do
        sleep 0.5
        import -window "$1" "$tmp/shot.png"
        colours=$(identify -format '%k' "$tmp/shot.png")
        [ "$colours" -ge 64 ] || { previous=""; same=0; continue; }
        sum=$(md5sum <"$tmp/shot.png")
        if [ "$sum" = "$previous" ]; then same=$((same + 1)); else same=0; fi
        previous=$sum
        if [ $same -ge 2 ]; then settled=true; break; fi
    done
    [ "$colours" -ge 64 ] || die "the window stayed blank for ${SETTLE_TIMEOUT}s"
    $settled || echo "screenshots: warning: the window kept changing for ${SETTLE_TIMEOUT}s; using the last frame" >&2
    cp "$tmp/shot.png" "$2"
}

if [ "${1:-}" = --in-xvfb ]; then
    tmp=$2
    start_window "$SITE"
    settle root "$out/main-window.png"
    exit 0
fi

# The walk-through: Site > Add cameras... on a copy of the clinic, four cameras with addresses.
if [ "${1:-}" = --walkthrough-in-xvfb ]; then
    tmp=$2
    site=$tmp/first-plan.valt.json
    cp "$WALK_SITE" "$site"
    start_window "$site"
    settle root "$tmp/before.png"
    # Keyboard focus (Xvfb has no window manager to give it): a click on the status bar, which does nothing.
    xdotool mousemove 10 "$((HEIGHT - 8))" click 1
    sleep 0.5
    # Site > Add cameras...: the menu opened by keyboard (F10, then Site is the fourth menu), its first item
    # clicked inside the menu's own popup window, so no screen position is assumed.
    xdotool key F10 Right Right Right Down
    popup=""
    for _ in $(seq 1 10); do
        sleep 0.5
        for w in $(xdotool search --onlyvisible --name '^$' 2>/dev/null); do
            geometry=$(xdotool getwindowgeometry --shell "$w")
            pw=$(sed -n 's/^WIDTH=//p' <<<"$geometry")
            ph=$(sed -n 's/^HEIGHT=//p' <<<"$geometry")
            if [ "$pw" -ge 100 ] && [ "$pw" -lt "$WIDTH" ] && [ "$ph" -ge 40 ]; then popup=$w; fi
        done
        [ -n "$popup" ] && break
    done
    [ -n "$popup" ] || die "the Site menu did not open"
    xdotool mousemove --window "$popup" 40 16 click 1
    dialog=""
    for _ in $(seq 1 20); do
        dialog=$(xdotool search --onlyvisible --name '^Add cameras$' 2>/dev/null | head -1 || true)
        [ -n "$dialog" ] && break
        sleep 0.5
    done
    [ -n "$dialog" ] || die "Site > Add cameras... did not open its dialog"
    # Fields by their place in the dialog (Number of cameras, then First address).
    xdotool mousemove --window "$dialog" 255 96 click 1 key ctrl+a type 4
    xdotool mousemove --window "$dialog" 270 182 click 1
    xdotool type "$WALK_FIRST_ADDRESS"
    xdotool key Tab
    xdotool mousemove 0 0 # no hover highlight in the picture
    settle "$dialog" "$tmp/add-cameras.png"
    # Add: the default button, in the dialog's lower right corner
    geometry=$(xdotool getwindowgeometry --shell "$dialog")
    dw=$(sed -n 's/^WIDTH=//p' <<<"$geometry")
    dh=$(sed -n 's/^HEIGHT=//p' <<<"$geometry")
    xdotool mousemove --window "$dialog" "$((dw - 54))" "$((dh - 23))" click 1
    sleep 1
    xdotool search --onlyvisible --name '^Add cameras$' >/dev/null 2>&1 \
        && die "the Add cameras dialog stayed open (a problem with the fields?)"
    xdotool mousemove "$((WIDTH - 20))" "$((HEIGHT - 20))" key ctrl+0
    settle root "$tmp/new-cameras.png"
    # Proof that the pictures show what the README says: four cameras from the first address.
    xdotool key ctrl+s
    for _ in $(seq 1 20); do
        [ "$site" -nt "$tmp/before.png" ] && break
        sleep 0.5
    done
    base=${WALK_FIRST_ADDRESS%.*}
    last=${WALK_FIRST_ADDRESS##*.}
    for i in 0 1 2 3; do
        grep -qF "\"address\": \"$base.$((last + i))\"" "$site" \
            || die "the saved site has no camera at $base.$((last + i)): the walk-through did not add what the README shows"
    done
    cp "$tmp/add-cameras.png" "$out/first-plan-add-cameras.png"
    cp "$tmp/new-cameras.png" "$out/first-plan-new-cameras.png"
    exit 0
fi

# --- outside --------------------------------------------------------------------------------------
build=true
[ "${1:-}" = --no-build ] && build=false
for tool in xvfb-run xdotool import identify pdftoppm pdfinfo pdftotext java; do
    command -v "$tool" >/dev/null || die "needs $tool (apt-get install xvfb xdotool imagemagick poppler-utils)"
done
[ -f "$SITE" ] || die "no site file $SITE"
[ -f "$WALK_SITE" ] || die "no site file $WALK_SITE"
if $build; then
    echo "screenshots: building $jar"
    mvn -q -B -ntp -DskipTests package || die "the build failed"
fi
[ -f "$jar" ] || die "no $jar (run without --no-build)"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "screenshots: main window on $SITE"
timeout $((WINDOW_TIMEOUT + SETTLE_TIMEOUT + 30)) \
    xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24" "$0" --in-xvfb "$tmp" \
    || die "could not take the window screenshot (see the messages above)"

echo "screenshots: first-plan walk-through on $WALK_SITE"
timeout $((WINDOW_TIMEOUT + 3 * SETTLE_TIMEOUT + 60)) \
    xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24" "$0" --walkthrough-in-xvfb "$tmp" \
    || die "could not take the walk-through screenshots (see the messages above)"

java -Djava.awt.headless=true -jar "$jar" export "$SITE" --out "$tmp/export" >"$tmp/export.log" 2>&1 \
    || die "export failed: $(tail -5 "$tmp/export.log")"
pdf=$tmp/export/handoff.pdf
[ -f "$pdf" ] || die "export wrote no handoff.pdf (files: $(ls "$tmp/export" | tr '\n' ' '))"
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
if [ -z "$PAGE" ]; then
    for p in $(seq 1 "$pages"); do
        text=$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)
        # The page whose heading is PAGE_TITLE, not the table of contents that lists it.
        if grep -qx "[[:space:]]*$PAGE_TITLE[[:space:]]*" <<<"$text" && ! grep -qx '[[:space:]]*Contents[[:space:]]*' <<<"$text"; then
            PAGE=$p
            break
        fi
    done
    [ -n "$PAGE" ] || die "no page of handoff.pdf is headed '$PAGE_TITLE' (set PAGE=n or PAGE_TITLE=...)"
fi
[ "$PAGE" -le "$pages" ] || die "handoff.pdf has $pages page(s); no page $PAGE"
echo "screenshots: handoff PDF page $PAGE of $pages"
pdftoppm -png -r 110 -f "$PAGE" -l "$PAGE" -singlefile "$tmp/export/handoff.pdf" "$tmp/page" \
    || die "pdftoppm could not render page $PAGE"
cp "$tmp/page.png" "$out/handoff-page.png"

echo "screenshots: wrote $out/main-window.png, first-plan-add-cameras.png, first-plan-new-cameras.png and handoff-page.png - look at them before committing"
