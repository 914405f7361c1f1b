#!/usr/bin/env bash
# Makes the README pictures from the program itself, so they stay true:
#   docs/screenshots/main-window.png   the planner window on samples/university.valt.json
#   docs/screenshots/handoff-page.png  one page of the handoff PDF exported from the same sample
#
#   scripts/screenshots.sh [--no-build]
#
# SITE=... picks the sample; the PDF page is the first one headed PAGE_TITLE (default "Port matrices",
# found with pdftotext so the picture follows the document as it changes), or PAGE=n.
#
# Builds target/valt-planner.jar (mvn -q -DskipTests package) unless --no-build. Runs the window on its
# own Xvfb screen (1440x900) so the picture does not depend on your desktop. Needs: xvfb-run, xdotool,
# ImageMagick's import, pdftoppm (apt-get install xvfb xdotool imagemagick poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

SITE=${SITE:-samples/university.valt.json}
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
if [ "${1:-}" = --in-xvfb ]; then
    tmp=$2
    java -jar "$jar" "$SITE" >"$tmp/window.log" 2>&1 &
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
    # Wait until the window is painted (a blank frame has a handful of colours) and has stopped
    # changing for three frames in a row: layout, CSS and the plan are done.
    previous=""
    same=0
    settled=false
    for _ in $(seq 1 $((SETTLE_TIMEOUT * 2))); do
        sleep 0.5
        import -window root "$tmp/shot.png"
        colours=$(identify -format '%k' "$tmp/shot.png")
        [ "$colours" -ge 64 ] || { previous=""; same=0; continue; }
        sum=$(md5sum <"$tmp/shot.png")
        if [ "$sum" = "$previous" ]; then same=$((same + 1)); else same=0; fi
        previous=$sum
        if [ $same -ge 2 ]; then settled=true; break; fi
    done
    [ "${colours:-0}" -ge 64 ] || die "the window stayed blank for ${SETTLE_TIMEOUT}s"
    $settled || echo "screenshots: warning: the window kept changing for ${SETTLE_TIMEOUT}s; using the last frame" >&2
    cp "$tmp/shot.png" "$out/main-window.png"
    exit 0
fi

# --- outside --------------------------------------------------------------------------------------
build=true
[ "${1:-}" = --no-build ] && build=false
for tool in xvfb-run xdotool import identify pdftoppm pdfinfo pdftotext java; do
    command -v "$tool" >/dev/null || die "needs $tool (apt-get install xvfb xdotool imagemagick poppler-utils)"
done
[ -f "$SITE" ] || die "no site file $SITE"
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

echo "screenshots: wrote $out/main-window.png and $out/handoff-page.png - look at them before committing"
