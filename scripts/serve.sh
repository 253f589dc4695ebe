#!/usr/bin/env bash
# Installs whatever is missing, builds the release page and serves it on http://127.0.0.1:8080/
# (PORT=9000 scripts/serve.sh for another port). Rebuilds when a source file changes; reload the tab.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh
port="${PORT:-8080}"
echo "[serve] building, then serving FirstMove at http://127.0.0.1:$port/"
# No auto-reload script: the served page is the release page, strict policy included
# (reload the tab after a rebuild).
source scripts/release-toolchain.sh
exec trunk serve --release --no-autoreload --port "$port" --public-url /
