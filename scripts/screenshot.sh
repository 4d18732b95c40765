#!/bin/sh
# Open `cmstation --demo` in a real (virtual) X11 window and save a screenshot.
#   scripts/screenshot.sh [OUT.png]        (default: build/screenshot.png)
# Needs xvfb-run (Debian: xvfb, xauth). The app saves its own window once the first page,
# the conversation and the counts are in (CMSTATION_SCREENSHOT), then quits.
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-build/screenshot.png}"
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
PY="${PY:-.venv/bin/python}"
LANG_ARG="${CMSTATION_LANG:-en}"
rm -f "$OUT"
# a fresh settings folder: the screenshot shows the default layout, not yours
CONF="$(mktemp -d)"
trap 'rm -rf "$CONF"' EXIT
XDG_CONFIG_HOME="$CONF" CMSTATION_SCREENSHOT="$OUT" QT_QPA_PLATFORM=xcb \
  CMSTATION_SCREENSHOT_PAGE="${PAGE:-}" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$PY" -m cmstation --demo --lang "$LANG_ARG"
test -s "$OUT" || { echo "screenshot.sh: no screenshot was written" >&2; exit 1; }
echo "$OUT"
