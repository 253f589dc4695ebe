#!/usr/bin/env bash
# Installs what building and testing FirstMove needs, each at a pinned version, only if it is
# missing or at another version. Only the package registries are used (crates.io, npm, Debian):
# nothing is downloaded from anywhere else.
#
#   scripts/setup.sh            Rust target, trunk, wasm-bindgen-cli, npm tools, crates
#   scripts/setup.sh --browser  the same, plus Debian's Chromium for the browser tests
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"   # 0.22 needs a newer rustc than the machine's 1.95
# The splitter that cuts the wasm into one chunk per view (scripts/split-wasm.mjs).
WASM_SPLIT_VERSION="0.2.4"
# wasm-bindgen-cli must be exactly the wasm-bindgen that Cargo.lock resolves.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"

say() { printf '[setup] %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
  say "cargo is missing: install Rust with rustup first (https://rustup.rs)."
  exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"

installed_targets="$(rustup target list --installed)"
if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
installed_components="$(rustup component list --installed)"
for component in clippy rustfmt; do
  if ! grep -q "^$component" <<<"$installed_components"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 9 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes)"
  # Not --locked: its lock file names a webpki-roots version crates.io no longer serves.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# It has no --version: cargo's own record of installed crates says which one is there.
if ! grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" 2>/dev/null \
   || ! command -v wasm-split-cli >/dev/null 2>&1; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION from crates.io (about 2 minutes)"
  cargo install --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# npm tools (wasm-opt from binaryen, playwright-core), reinstalled when the lock file changes.
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ "$(cat node_modules/.firstmove-lock 2>/dev/null || true)" != "$lock_sum" ]]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.firstmove-lock
fi

# The release wasm's pinned nightly, with the standard library's source (scripts/release-toolchain.sh).
NIGHTLY="$(sed -n 's/^export FIRSTMOVE_NIGHTLY="\(.*\)"$/\1/p' scripts/release-toolchain.sh)"
if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 \
   || ! grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed --toolchain "$NIGHTLY")" \
   || ! grep -q '^rust-src' <<<"$(rustup component list --installed --toolchain "$NIGHTLY")"; then
  say "installing Rust $NIGHTLY with rust-src and the wasm32 target (for the release wasm)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# Trunk builds offline, so the crates must be on disk first: ours, and the standard library's
# for the release build.
cargo fetch --locked --quiet
(source scripts/release-toolchain.sh && cargo fetch --quiet --target wasm32-unknown-unknown)

if [[ "${1:-}" == "--browser" ]] && [[ ! -x /usr/bin/chromium ]]; then
  say "installing Debian's chromium for the browser tests"
  sudo_cmd=""
  if [[ "$(id -u)" != 0 ]]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
