#!/usr/bin/env bash
# Every check and test: formatting, clippy (native and wasm32), the model's native tests, the
# release build, then the browser tests in headless Chromium against that build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh --browser

# Each step says how long the run has taken so far: CI's log then shows where its minutes go.
step() { printf '\n== %s (at %d s)\n' "$*" "$SECONDS"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: native, wasm32, the prerender and the model module; warnings are errors"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy --no-default-features --features prerender --bin prerender --locked -- -D warnings
cargo clippy --no-default-features --target wasm32-unknown-unknown --bin first_figures --locked -- -D warnings

step "native tests (model, codecs, properties)"
cargo test --locked

step "release build (trunk, wasm-opt)"
(source scripts/release-toolchain.sh && trunk build --release)

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "done"
