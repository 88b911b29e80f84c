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
python3 -m pytest tests/e2e -n 2 -q -p no:cacheprovider "$@"
