# Sourced before every release build of the page (test, serve, bench): the release wasm is built
# on a pinned nightly with the standard library rebuilt for size, which made the main module
# 11 % smaller (180.8 → 160.8 KiB brotli, measured 2026-12-02). Native tests and clippy stay on
# the stable toolchain. scripts/setup.sh installs the nightly, its rust-src and the standard
# library's crates.
export FIRSTMOVE_NIGHTLY="nightly-2026-05-20"
export RUSTUP_TOOLCHAIN="$FIRSTMOVE_NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
# These replace .cargo/config.toml's wasm32 flags, so they repeat them (tests/toolchain.rs checks
# that they do) and add the panic strategy that drops panic messages and unwinding code.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort"
