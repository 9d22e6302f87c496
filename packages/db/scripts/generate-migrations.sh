#!/usr/bin/env bash
# One schema change, one migration per dialect: `pnpm db:generate --name add_x` writes both,
# from schema/tables.ts and its PostgreSQL twin (schema/postgres.ts).
set -euo pipefail
drizzle-kit generate "$@"
drizzle-kit generate --config drizzle.postgres.config.ts "$@"
