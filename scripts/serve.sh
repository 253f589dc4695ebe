#!/usr/bin/env bash
# Installs whatever is missing, builds the release page and serves it on http://127.0.0.1:8080/
# (PORT=9000 scripts/serve.sh for another port). Rebuilds when a source file changes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh
port="${PORT:-8080}"
echo "[serve] building, then serving FirstMove at http://127.0.0.1:$port/"
exec trunk serve --release --port "$port" --public-url /
