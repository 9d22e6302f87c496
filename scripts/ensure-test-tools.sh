#!/usr/bin/env bash
# What the tests need beyond the workspace: Debian's Chromium for Playwright (its own browser
# download cannot be reached here), networkx for the GraphML round-trip check, and Debian's
# PostgreSQL server with pg_trgm and pg_dump for the PostgreSQL tests (scripts/with-postgres.sh).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then as_root apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt_install chromium
fi
if ! python3 -c 'import networkx' 2>/dev/null && ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  echo "Installing networkx for the export checks…"
  apt_install python3-networkx
fi
# The server binaries live outside PATH (/usr/lib/postgresql/VERSION/bin); pg_trgm ships in
# the same package, pg_dump in postgresql-client, which it pulls in.
if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  echo "Installing Debian's postgresql for the PostgreSQL tests…"
  apt_install postgresql
fi
if ! command -v pg_dump >/dev/null 2>&1; then
  echo "Installing Debian's postgresql-client (pg_dump) for the PostgreSQL backup tests…"
  apt_install postgresql-client
fi
if ! compgen -G '/usr/share/postgresql/*/extension/pg_trgm.control' >/dev/null; then
  echo "PostgreSQL's pg_trgm extension is missing (/usr/share/postgresql/*/extension/pg_trgm.control)." >&2
  exit 1
fi
