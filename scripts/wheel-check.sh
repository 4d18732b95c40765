#!/usr/bin/env bash
# Builds the wheel into dist/ and starts it from a new, clean virtual environment (make
# wheel-check; CI runs it after make package): --version, the window headless on the sample
# workspace (CMSTATION_SMOKE_SECONDS), install-desktop from the wheel's package data.
#   scripts/wheel-check.sh            (PY: the venv's python, PYTHON: the one for the new venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
PYTHON="${PYTHON:-python3}"
fail() { echo "wheel-check: FAILED: $*" >&2; exit 1; }
rm -f dist/cmstation-*.whl
"$PY" -m pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir dist .
wheel="$(ls dist/cmstation-*.whl)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/cmstation-wheel-check.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
"$PYTHON" -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel"
app="$scratch/venv/bin/cmstation"
cd "$scratch"  # nothing from the source tree on the path

want="cmstation $("$scratch/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("cmstation"))')"
[ "$("$app" --version)" = "$want" ] || fail "--version is not '$want'"
license="$("$scratch/venv/bin/python" -c 'import importlib.metadata as m; print(m.metadata("cmstation")["License-Expression"])')"
[ "$license" = "GPL-3.0-or-later" ] || fail "License-Expression is '$license'"
echo "wheel-check: $(basename "$wheel"): $want, License-Expression $license"

line="$(HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=offscreen \
  CMSTATION_SMOKE_SECONDS=2 "$app" --demo 2>"$scratch/smoke.err")" ||
  { cat "$scratch/smoke.err" >&2; fail "the window did not start: $line"; }
echo "wheel-check: $line"
case "$line" in "cmstation smoke: 0 messages"*) fail "no messages shown" ;; esac

XDG_DATA_HOME="$scratch/data" "$app" install-desktop >/dev/null
grep -qxF "Exec=$app" "$scratch/data/applications/cmstation.desktop" || fail "Exec is not $app"
test -s "$scratch/data/metainfo/io.github.cmstation.cmstation.metainfo.xml" || fail "no metainfo"
test -s "$scratch/data/icons/hicolor/256x256/apps/cmstation.png" || fail "no icons"
echo "wheel-check: ok (install-desktop from the wheel's package data)"
