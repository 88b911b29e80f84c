#!/usr/bin/env bash
# The whole test suite: format and lint checks, Rust unit tests, end-to-end tests against real
# `postbay` processes and the PostgreSQL at $POSTBAY_TEST_PG (default postgres://postgres@127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/postbay-target}"

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
# The dependency gate (deny.toml): every licence permissive, no GPL/AGPL/LGPL. cargo-deny is
# installed once per machine beside the SDK generators. Advisories need the RustSec database
# from GitHub: checked when it can be fetched, otherwise skipped with a message.
tools=${POSTBAY_TOOLS:-/var/tmp/postbay-tools}
if ! "$tools/bin/cargo-deny" --version 2>/dev/null | grep -q "0.18.5"; then
  CARGO_TARGET_DIR=$tools/target cargo install --quiet --locked --root "$tools" cargo-deny --version 0.18.5
fi
"$tools/bin/cargo-deny" check licenses
if advisories=$("$tools/bin/cargo-deny" check advisories 2>&1); then
  echo "advisories ok"
elif grep -q "failed to fetch advisory database" <<<"$advisories"; then
  echo "advisories skipped: the RustSec database cannot be fetched from here"
else
  echo "$advisories"
  exit 1
fi
cargo build --quiet
# The store's Rust tests make a fresh database per test on the same server (sqlx::test).
DATABASE_URL="${POSTBAY_TEST_PG:-postgres://postgres@127.0.0.1:5432}/postgres" cargo test --quiet --workspace
# The SDKs in clients/ are what the generators make of the committed OpenAPI document.
clients/generate.sh --check
# Build the SDKs' own tests; tests/e2e/test_sdks.py runs them against a live server.
(cd clients/typescript && "${POSTBAY_TOOLS:-/var/tmp/postbay-tools}/tsgen/node_modules/.bin/tsc" -p tsconfig.test.json)
CARGO_TARGET_DIR="$CARGO_TARGET_DIR/sdk-rust" cargo test --quiet --locked --no-run --manifest-path clients/rust/Cargo.toml
python3 -m pytest tests/e2e -n 2 -q -p no:cacheprovider "$@"
