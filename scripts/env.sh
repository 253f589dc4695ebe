# Sourced by the other scripts: the pinned tools come first on PATH (npm's wasm-opt before any
# Debian binaryen, which breaks the page).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"
# CI clones afresh every run: keep cargo's build cache outside the clone so a run on a machine
# that has built before is warm (cargo's fingerprints keep it correct).
if [[ "${CI:-}" == "true" && -z "${CARGO_TARGET_DIR:-}" ]]; then
  export CARGO_TARGET_DIR="$HOME/.cache/firstmove/target"
fi
