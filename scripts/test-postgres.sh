#!/usr/bin/env bash
# The tests that run on PostgreSQL (DATABASE_URL set, e.g. by scripts/with-postgres.sh): the
# schema parity of the two dialects, and the whole API test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*) ;;
  *) echo "test-postgres: set DATABASE_URL to a PostgreSQL server, or run: pnpm test:postgres" >&2; exit 2 ;;
esac
pnpm --filter @brobygger/db exec vitest run src/postgres
pnpm --filter @brobygger/api test
