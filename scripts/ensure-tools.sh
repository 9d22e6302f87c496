#!/usr/bin/env bash
# Installs what Brobygger needs on a machine that has only Node 20 and npm: pnpm and the
# workspace's dependencies. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
# better-sqlite3 compiles from source here; node-gyp must use the local Node headers
# instead of downloading them (only this environment variable reaches it under pnpm 12).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION…"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile

# A failed native build is not retried by a later install; rebuild it if it cannot load.
if ! (cd packages/db && node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null); then
  pnpm rebuild better-sqlite3
fi
