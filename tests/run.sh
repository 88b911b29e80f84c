#!/usr/bin/env bash
# The whole test suite: format and lint checks, Rust unit tests, end-to-end tests against real
# `postbay` processes and the PostgreSQL at $POSTBAY_TEST_PG (default postgres://postgres@127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/postbay-target}"

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo build --quiet
cargo test --quiet --workspace
# The SDKs in clients/ are what the generators make of the committed OpenAPI document.
clients/generate.sh --check
# Build the SDKs' own tests; tests/e2e/test_sdks.py runs them against a live server.
(cd clients/typescript && "${POSTBAY_TOOLS:-/var/tmp/postbay-tools}/tsgen/node_modules/.bin/tsc" -p tsconfig.test.json)
CARGO_TARGET_DIR="$CARGO_TARGET_DIR/sdk-rust" cargo test --quiet --locked --no-run --manifest-path clients/rust/Cargo.toml
python3 -m pytest tests/e2e -n 2 -q -p no:cacheprovider "$@"
