# Sourced by the other scripts: the pinned tools come first on PATH (npm's wasm-opt before any
# Debian binaryen, which breaks the page).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"
