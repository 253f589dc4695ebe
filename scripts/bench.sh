#!/usr/bin/env bash
# The benchmark: bundle bytes (brotli) of a first visit and of the wasm, and the time from an
# edit to updated outputs in Chromium, unthrottled and at 4x CPU throttling. Prints a report
# and fails if a budget is exceeded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh --browser
(source scripts/release-toolchain.sh && trunk build --release)
node scripts/bench/run.mjs "$@"
