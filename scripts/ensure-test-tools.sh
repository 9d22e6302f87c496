#!/usr/bin/env bash
# What the tests need beyond the workspace: Debian's Chromium for Playwright (its own browser
# download cannot be reached here) and networkx for the GraphML round-trip check.
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
