#!/usr/bin/env bash
# Sets up a fresh machine and runs Brobygger on the embedded SQLite default with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
pnpm build
exec pnpm start
