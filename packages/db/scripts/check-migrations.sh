#!/usr/bin/env bash
# Fails when the tables (src/schema/tables.ts, and their PostgreSQL twins) differ from what the
# committed migrations build: a schema change must come with its migration for each dialect.
set -euo pipefail
cd "$(dirname "$0")/.."
before="$(git status --porcelain --untracked-files=all -- migrations)"
drizzle-kit generate --name uncommitted_schema_change >/dev/null
drizzle-kit generate --config drizzle.postgres.config.ts --name uncommitted_schema_change >/dev/null
after="$(git status --porcelain --untracked-files=all -- migrations)"
if [ "$before" != "$after" ]; then
  echo "The schema has changed without a migration; run: pnpm db:generate --name <what changed>" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  # Leave the tree as it was: drop what the check generated.
  git checkout -- migrations
  git clean -fdq -- migrations
  exit 1
fi
echo "Migrations are current for SQLite and PostgreSQL."
