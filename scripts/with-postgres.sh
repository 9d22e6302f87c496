#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARGS…]
#
# Runs COMMAND with DATABASE_URL pointing at a throwaway PostgreSQL server, then stops the
# server and deletes its files however COMMAND ends, and exits with COMMAND's exit code.
# With DATABASE_URL already set to a postgres:// URL, it runs COMMAND against that server
# instead (your own, kept as it is).
#
#   bash scripts/with-postgres.sh pnpm --filter @brobygger/api test
#   bash scripts/with-postgres.sh bash -c 'psql "$DATABASE_URL" -c "select 1"'
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS…]  (runs COMMAND with DATABASE_URL set to a throwaway PostgreSQL server)" >&2
  exit 2
fi

case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*) exec "$@" ;;
esac

# Debian installs the server outside PATH, one directory per major version; take the newest.
bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  if [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ]; then bin="$dir"; fi
done
if [ -z "$bin" ]; then
  echo "with-postgres: no PostgreSQL server found (/usr/lib/postgresql/*/bin/postgres)." >&2
  echo "  Install it with: bash scripts/ensure-test-tools.sh  (or apt-get install postgresql)," >&2
  echo "  or set DATABASE_URL=postgres://… to a server of your own." >&2
  exit 1
fi

# PostgreSQL refuses to run as root, so as root (CI) the server runs as Debian's postgres user,
# which must own the files; anyone else runs it as themselves.
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root needs the 'postgres' system user (Debian's postgresql package creates it)." >&2
    exit 1
  fi
  as_pg() { runuser -u postgres -- "$@"; }
  # The postgres user must reach the directory: not under root's own TMPDIR.
  parent=/tmp
else
  as_pg() { "$@"; }
  parent="${TMPDIR:-/tmp}"
fi

tmp="$(mktemp -d "$parent/with-postgres.XXXXXX")"
data="$tmp/data"
sockets="$tmp/sockets"   # keeps the server off the system's /var/run/postgresql
log="$tmp/server.log"

cleanup() {
  if [ -f "$data/postmaster.pid" ]; then
    # fast: ends the command's leftover connections instead of waiting for them.
    if ! as_pg "$bin/pg_ctl" stop -D "$data" -m fast -w -t 20 >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" stop -D "$data" -m immediate -w -t 10 >/dev/null 2>&1 || true
    fi
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# Without these an interrupted run would skip the EXIT trap and leave the server running.
# (bash runs them once the foreground command has ended; Ctrl-C reaches the command too.)
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mkdir "$sockets"
if [ "$(id -u)" = 0 ]; then chown -R postgres: "$tmp"; fi

# C.UTF-8 sorts by code point like C but keeps UTF-8 character classes (pg_trgm's word
# splitting, lower() on æøå); plain C is the fallback where that locale is missing.
initdb_args=(-D "$data" --auth=trust --username=postgres --encoding=UTF8)
if ! as_pg "$bin/initdb" "${initdb_args[@]}" --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1; then
  rm -rf "$data"
  if ! as_pg "$bin/initdb" "${initdb_args[@]}" --locale=C >>"$tmp/initdb.log" 2>&1; then
    echo "with-postgres: initdb failed:" >&2
    cat "$tmp/initdb.log" >&2
    exit 1
  fi
fi

# A port the kernel reports free, so parallel runs do not collide; if another process takes it
# before the server binds it, the start fails below with the server's log.
pick_port='const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
if command -v node >/dev/null 2>&1; then
  port="$(node -e "$pick_port")"
else
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
fi

# In the config file rather than on pg_ctl's command line, which goes through a shell.
# The data is thrown away afterwards, so durability is traded for speed; the tests open
# many connection pools at once, hence the high max_connections.
cat >>"$data/postgresql.conf" <<EOF

# with-postgres.sh: a throwaway test server
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockets'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

not_ready() {
  echo "with-postgres: the PostgreSQL server on 127.0.0.1:$port $1. Its log:" >&2
  cat "$log" >&2 || true
  exit 1
}
as_pg "$bin/pg_ctl" start -D "$data" -l "$log" >/dev/null 2>&1 || not_ready "did not start"

for attempt in $(seq 1 120); do
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then break; fi
  # A server that died at start (bad setting, port taken) is reported at once, not after 30 s.
  if [ "$attempt" -gt 4 ] && ! as_pg "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
    not_ready "stopped while starting"
  fi
  if [ "$attempt" -eq 120 ]; then not_ready "was not ready within 30 s"; fi
  sleep 0.25
done

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"

# Not exec: the EXIT trap has to stop the server once the command is done.
status=0
"$@" || status=$?
exit "$status"
