#!/usr/bin/env bash
# Runs every check CI runs: generated code and migrations are current, types, lint, unit and
# API tests on SQLite, the API tests again on a throwaway PostgreSQL server, the web build, and
# the browser tests against a freshly seeded server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
bash scripts/ensure-test-tools.sh

step() { printf '\n== %s\n' "$*"; }
step "generated code is current";  pnpm codegen:check
step "migrations are current";     pnpm db:check
step "types";                      pnpm typecheck
step "lint";                       pnpm lint
step "unit and API tests";         pnpm test
step "API tests on PostgreSQL";    pnpm test:postgres
step "web build";                  pnpm build
step "browser tests";              pnpm e2e
