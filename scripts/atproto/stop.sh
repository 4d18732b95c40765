#!/usr/bin/env bash
# Stops the network that scripts/atproto/start.sh started with ATPROTO_PIDFILE (default
# .work/network.pid). start.sh then stops Postgres and Redis and removes its state folder.
# Tests do not need this: their fixture closes start.sh's stdin, which has the same effect.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pidfile="${ATPROTO_PIDFILE:-${ATPROTO_WORK:-$here/.work}/network.pid}"
if [ ! -f "$pidfile" ]; then echo "[atproto] no network is running" >&2; exit 0; fi
pid="$(cat "$pidfile")"
if ! kill -0 "$pid" 2>/dev/null; then rm -f "$pidfile"; echo "[atproto] no network is running" >&2; exit 0; fi
kill -TERM "$pid"
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || { echo "[atproto] stopped" >&2; exit 0; }; sleep 0.2; done
echo "[atproto] $pid did not stop within 30 s" >&2
exit 1
